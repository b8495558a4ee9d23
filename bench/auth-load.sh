#!/usr/bin/env bash
# Authentication under load: authenticated GET /api/v1/org-units/{code} from 16 concurrent clients.
# Goal (issue 3): >= 500 requests/s with p99 under 50 ms on a 2-core machine, passwords stored with bcrypt.
#
#   bench/auth-load.sh            # builds nothing: run ./mvnw -q package -DskipTests first
#   DURATION=60s bench/auth-load.sh
#
# Starts the jar on a fresh embedded database with the demo data, warms it up, then runs wrk (Debian package,
# installed when missing) with 16 connections; each request carries HTTP Basic credentials of a demo account.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
JAR=bootstrap/target/jixiao-exec.jar
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q package -DskipTests first"; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DATA=$(mktemp -d /tmp/jixiao-bench.XXXX)
LOG="$DATA/service.log"
env -u JIXIAO_DB_URL JIXIAO_DATA_DIR="$DATA" SPRING_PROFILES_ACTIVE=demo \
  java -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
URL="http://127.0.0.1:$PORT/api/v1/org-units/U650121-EDU-01"
AUTH="Authorization: Basic $(printf 'finance-county:Jixiao@2026' | base64)"
for _ in $(seq 1 120); do curl -sf -H "$AUTH" "$URL" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf -H "$AUTH" "$URL" >/dev/null || { echo "service did not come up"; tail -30 "$LOG"; exit 1; }

echo "warm-up (10 s)"
wrk -t2 -c16 -d10s -H "$AUTH" "$URL" >/dev/null
echo "measure ($DURATION, 16 connections, 2 threads): $URL"
wrk -t2 -c16 -d"$DURATION" --latency -H "$AUTH" "$URL"
