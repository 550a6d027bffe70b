#!/usr/bin/env bash
# Cold start of the production jar (issue #18 part 8): builds it if needed, then starts it twice on its embedded
# defaults — first with an empty data directory (initdb, all migrations, demo data), then again on that data — and
# prints the seconds from the JVM's launch until /login answers, with the log's milestones (embedded PostgreSQL up,
# migrations done, Tomcat started, Spring ready, demo data in place) to show what dominates. On Java 25 or newer it
# then starts the same app from its extracted jar with an AOT cache (JEP 483/514: classes loaded and linked ahead of
# time, from one training run), the start the README recommends for production.
# Usage: scripts/benchmark-startup.sh [runs-per-kind, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-2}"
source scripts/common.sh
jar=$(production_jar)
port=$(free_port)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

milestone() { # log file, pattern, start epoch ms -> seconds since start
    local line
    line=$(grep -m1 -E "$2" "$1" | grep -oE '^[0-9-]+T[0-9:.]+' || true)
    if [[ -z "$line" ]]; then echo "–"; return; fi
    python3 -c "import datetime,sys; t=datetime.datetime.fromisoformat('$line'); print(f'{(t.timestamp()*1000-$3)/1000:.1f}')"
}

java_bin="${JAVA_HOME:-/usr}/bin/java"
pattern='%d{yyyy-MM-dd'"'"'T'"'"'HH:mm:ss.SSS} %-5level %logger{36} - %msg%n'

start_once() { # kind, java options and -jar ...
    local kind=$1; shift
    local log="$data/${kind// /-}.log"
    local t0; t0=$(date +%s%3N)
    SERVER_PORT=$port SERVICEMILJO_EMBEDDED_DB_DATA_DIR="$data/postgres" "$java_bin" \
        -Dlogging.pattern.console="$pattern" "$@" > "$log" 2>&1 &
    local pid=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" | grep -q 200; do
        sleep 0.1
        kill -0 $pid 2>/dev/null || { echo "the app stopped; see $log"; tail -30 "$log"; exit 1; }
    done
    local t1; t1=$(date +%s%3N)
    for _ in $(seq 600); do # demo data is seeded after the start, off the critical path: wait for it to be in place
        grep -q 'Demo data is in place\|Demo data: off\|demo data is off' "$log" && break
        sleep 0.2
    done
    printf '| %s | %.1f | %s | %s | %s | %s | %s |\n' "$kind" "$(echo "($t1-$t0)/1000" | bc -l)" \
        "$(milestone "$log" 'Started embedded PostgreSQL' "$t0")" \
        "$(milestone "$log" 'Successfully applied|Schema .* is up to date' "$t0")" \
        "$(milestone "$log" 'Tomcat started' "$t0")" \
        "$(milestone "$log" 'Started Application' "$t0")" \
        "$(milestone "$log" 'Demo data is in place' "$t0")"
    kill $pid; wait $pid 2>/dev/null || true
}

echo "Cold start of $jar on $(nproc) cores (s from launch)"
echo "| run | /login answers | embedded PostgreSQL | migrations | Tomcat | Spring ready | demo data |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in $(seq "$runs"); do
    rm -rf "$data/postgres"
    start_once "empty data directory" -jar "$jar"
    start_once "existing data" -jar "$jar"
done

if [[ $("$java_bin" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c AOTCacheOutput) -eq 0 ]]; then
    echo "(no AOT cache row: $java_bin is older than Java 25)"
    exit 0
fi
# The production start with an AOT cache: the jar extracted (a cache needs plain jars on the class path), one
# training run that stops once the context is refreshed, then starts that map the cache's classes.
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$data/extracted" > /dev/null
app="$data/extracted/$(basename "$jar")"
t0=$(date +%s%3N)
SERVER_PORT=$port SERVICEMILJO_EMBEDDED_DB_DATA_DIR="$data/training" "$java_bin" -XX:AOTCacheOutput="$data/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$app" > "$data/training.log" 2>&1
echo "(AOT cache trained in $(echo "($(date +%s%3N)-$t0)/1000" | bc) s, $(du -m "$data/app.aot" | cut -f1) MB)"
for i in $(seq "$runs"); do
    start_once "existing data, extracted jar" -jar "$app"
    start_once "existing data, AOT cache" -XX:AOTCache="$data/app.aot" -jar "$app"
done
