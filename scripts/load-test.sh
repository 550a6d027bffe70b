#!/usr/bin/env bash
# Load test (issue #18 part 5): builds the production jar if needed, starts it on a free loopback port with a fresh
# embedded database (demo data), then runs LoadTest (a protocol-level driver: Vaadin's UIDL over HTTP and its push
# over a WebSocket, no browser) for each number of simulated users, and stops the app. Prints, per N: UIDL round
# trips p50/p95/max ms (field changes, navigations; heartbeats apart), pushed messages, CPU per core of the app's JVM,
# of its PostgreSQL and of the driver, heap used and live after a full GC, errors, fields checked in the database;
# then the highest N whose p95 stays at or below 100 ms.
# Usage: scripts/load-test.sh ["50 100 200"] [extra -D options for LoadTest, e.g. -Dload.seconds=60 -Dload.extend=true]
set -euo pipefail
cd "$(dirname "$0")/.."
sessions="${1:-50 100 200}"
shift || true
source scripts/common.sh
jar=$(production_jar)
port=$(free_port)
data=$(mktemp -d)
log="$data/app.log"
pid=
stop() {
    if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; fi
    cp "$log" target/load-test-app.log 2>/dev/null || true
    rm -rf "$data"
}
trap stop EXIT

SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 SERVICEMILJO_EMBEDDED_DB_DATA_DIR="$data/postgres" \
    "${JAVA_HOME:-/usr}/bin/java" ${LOAD_APP_JAVA_OPTS:-} -jar "$jar" > "$log" 2>&1 &
pid=$!
until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" | grep -q 200; do
    sleep 0.5
    kill -0 $pid 2>/dev/null || { echo "the app stopped; its log:"; tail -30 "$log"; exit 1; }
done
for _ in $(seq 600); do # demo data is seeded after the start: wait until it is in place
    grep -q 'Demo data is in place' "$log" && break
    sleep 0.2
done
db_port=$(grep -oE 'Started embedded PostgreSQL on port [0-9]+' "$log" | grep -oE '[0-9]+$')
db_pid=$(head -1 "$data/postgres/postmaster.pid")
echo "App (pid $pid, $jar) on http://127.0.0.1:$port/, embedded PostgreSQL (pid $db_pid) on port $db_port"

./mvnw -B -o -q test -Pbenchmark -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dload.url="http://127.0.0.1:$port/" -Dload.sessions="${sessions// /,}" -Dload.pid="$pid" -Dload.dbPid="$db_pid" \
    -Dload.db="jdbc:postgresql://127.0.0.1:$db_port/postgres" -Dload.appLog="$log" "$@"
errors=$(grep -cE ' ERROR |^Exception in thread' "$log" || true)
if [[ "$errors" -gt 0 ]]; then
    echo "The app logged $errors errors and uncaught exceptions in all (the rows show those while measured; the first"
    echo "is below, the whole log is kept in target/load-test-app.log):"; grep -m1 -A12 -E ' ERROR |^Exception in thread' "$log"
fi
