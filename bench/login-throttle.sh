#!/usr/bin/env bash
# Brute force against the login throttle (issue 9): one client guesses an account's password as fast as it can
# for 15 s with 8 parallel connections, while a department system keeps calling with its (remembered) password
# and a second attacker sprays random accounts. Reports what the guesser got (401 = the hash was checked,
# 429 = refused without work) and how the real caller's latency held up.
#
#   ./mvnw -q package -DskipTests && bench/login-throttle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/demo-service.sh
B="http://127.0.0.1:$PORT/api/v1"
for _ in $(seq 1 120); do curl -sf -u dept-edu:Jixiao@2026 "$B/org-units/D650121-EDU" >/dev/null 2>&1 && break; sleep 0.5; done

echo "guessing unit-school1's password for 15 s (8 connections), while dept-edu calls with its own password:"
AUTH="Authorization: Basic $(printf 'dept-edu:Jixiao@2026' | base64)"
wrk -t1 -c2 -d15s --latency -H "$AUTH" "$B/org-units/D650121-EDU" > "$DATA/real.txt" &
WRK=$!
start=$(date +%s)
seq 1 100000 | xargs -P 8 -I{} sh -c "[ \$(date +%s) -lt $((start + 15)) ] && curl -s -o /dev/null -w '%{http_code}\n' \
  -u 'unit-school1:guess-{}' $B/accounts/unit-school1 || true" > "$DATA/guesses.txt"
wait $WRK
echo "  guesses: $(wc -l < "$DATA/guesses.txt"); hash checked (401): $(grep -c 401 "$DATA/guesses.txt" || true);" \
  "refused without work (429): $(grep -c 429 "$DATA/guesses.txt" || true)"
echo "  the real caller meanwhile:"; grep -E 'Requests/sec|50%|99%' "$DATA/real.txt" | sed 's/^/    /'
