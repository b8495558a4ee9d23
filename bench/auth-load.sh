#!/usr/bin/env bash
# Authentication under load: authenticated GET /api/v1/org-units/{code} from 16 concurrent clients, first with
# HTTP Basic (a remembered credential: the account row is read, bcrypt is not run), then with an API token.
# Goal (issue 3): >= 500 requests/s with p99 under 50 ms on a 2-core machine, passwords stored with bcrypt;
# (issue 9): a token checked in well under a millisecond.
#
#   bench/auth-load.sh            # builds nothing: run ./mvnw -q package -DskipTests first
#   DURATION=60s bench/auth-load.sh
#
# Starts the jar on a fresh embedded database with the demo data, warms it up, then runs wrk (Debian package,
# installed when missing) with 16 connections; each request carries HTTP Basic credentials of a demo account.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
. bench/demo-service.sh
URL="http://127.0.0.1:$PORT/api/v1/org-units/U650121-EDU-01"
AUTH="Authorization: Basic $(printf 'finance-county:Jixiao@2026' | base64)"
for _ in $(seq 1 120); do curl -sf -H "$AUTH" "$URL" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf -H "$AUTH" "$URL" >/dev/null || { echo "service did not come up"; tail -30 "$LOG"; exit 1; }

echo "warm-up (10 s)"
wrk -t2 -c16 -d10s -H "$AUTH" "$URL" >/dev/null
echo "measure HTTP Basic ($DURATION, 16 connections, 2 threads): $URL"
wrk -t2 -c16 -d"$DURATION" --latency -H "$AUTH" "$URL"

TOKEN=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/accounts/finance-county/tokens" \
  -d '{"name":"bench","validDays":1}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
BEARER="Authorization: Bearer $TOKEN"
wrk -t2 -c16 -d10s -H "$BEARER" "$URL" >/dev/null
echo "measure API token ($DURATION, 16 connections, 2 threads): $URL"
wrk -t2 -c16 -d"$DURATION" --latency -H "$BEARER" "$URL"
echo "one connection, one request at a time (latency of a single call), Basic then token:"
wrk -t1 -c1 -d10s --latency -H "$AUTH" "$URL" | grep -E 'Latency|50%|99%|Requests/sec'
wrk -t1 -c1 -d10s --latency -H "$BEARER" "$URL" | grep -E 'Latency|50%|99%|Requests/sec'
echo "the token lookup itself, in PostgreSQL:"
D="$DATA"; PGPASSWORD=$(cat "$D/secrets/application") psql -h localhost -p "$(sed -n 4p "$D/postgres/postmaster.pid")" -U jixiao jixiao \
  -c "EXPLAIN ANALYZE SELECT t.expires_at, a.enabled, o.path FROM platform.api_token t JOIN platform.account a ON a.username = t.username LEFT JOIN platform.org_unit o ON o.code = a.org_code WHERE t.secret_hash = sha256('$TOKEN'::bytea)" \
  | grep -E 'Execution Time|Index'

