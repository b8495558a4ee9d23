#!/usr/bin/env bash
# Province scale: ten times Xinjiang (300,000 targets in force of one year, 2.1 M indicators, 20 % published, plus
# 10,000 drafts) in a fresh PostgreSQL database, then in one run:
#   * each read beside the bare SQL of the same result (median and p99 of 20 calls after a warm-up): statistics,
#     list page 0 and the last page, county (finance-county, 650121, ~1 % of the data) and province (finance-xj,
#     650000); the public list page 100 of 650000 (anonymous); GET of random targets in force; and, when the list
#     offers a keyset cursor (page.next, sent back as after=), a page after a deep cursor;
#   * the write workflow (create with 7 indicators, submit, department review, finance review) at 1 and 8 clients;
#   * 64 clients of mixed reads for 60 s (wrk, on the same cores as the service and PostgreSQL).
# Goals (issue): every read ≤ 20 ms median and ≤ 50 ms p99, GET of one target ≤ 2 ms median; ≥ 600 workflows/s at
# 8 clients; mixed reads ≥ 800 requests/s with p99 ≤ 250 ms and no errors, on a 2-core machine. The report says
# "goal met" or "goal MISSED" per line; the script fails only when the run itself fails.
#
#   bench/province.sh                        # builds nothing: run ./mvnw -q package -DskipTests first
#   JAR=/tmp/base/bootstrap/target/jixiao-exec.jar bench/province.sh
#   KEEP_DB=1 bench/province.sh              # keep the database (and the service log) for inspection
#   MIXED_SECONDS=30 WRITE_SECONDS=10 bench/province.sh
#   PARTS=writes bench/province.sh           # only some of reads,writes,mixed (LOAD=0: on the demo data only)
#
# Needs a PostgreSQL server (PGHOST 127.0.0.1, PGPORT 5432, PGUSER postgres, PGPASSWORD if it asks for one), psql,
# a JDK 17+ and the PostgreSQL JDBC driver (PGJDBC_JAR, default: the newest in ~/.m2); wrk (Debian package) is
# installed when missing. Creates database jixiao_bench_<timestamp>, starts the jar on it with the demo profile on a
# free port (Flyway creates the schema, the demo profile the organisation and accounts), loads
# bench/province-load.sql (set-based SQL, about 1–2 minutes), runs targeting.rebuild_summaries() when it exists and
# VACUUM ANALYZE, then bench/ProvinceBench.java; stops the service and drops the database on exit.
# One run takes about 10–15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
. bench/server-service.sh

echo "loading bench/province-load.sql"
T0=$(date +%s.%N)
[ "${LOAD:-1}" = 0 ] || psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/province-load.sql
T1=$(date +%s.%N)
SUMMARIES="no targeting.rebuild_summaries()"
if [ "$(psql -Atq -d "$DB" -c "SELECT to_regprocedure('targeting.rebuild_summaries()') IS NOT NULL")" = t ]; then
  echo "SELECT targeting.rebuild_summaries()"
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "SELECT targeting.rebuild_summaries()" >/dev/null
  SUMMARIES="targeting.rebuild_summaries() $(python3 -c "print(f'{$(date +%s.%N) - $T1:.1f} s')")"
fi
T2=$(date +%s.%N)
# what a bulk load ends with: statistics for the planner, and the visibility map that lets index-only scans skip the heap
psql -q -d "$DB" -c "VACUUM ANALYZE"
T3=$(date +%s.%N)
INFO=$(python3 -c "print(f'load {$T1 - $T0:.1f} s (bench/province-load.sql), VACUUM ANALYZE {$T3 - $T2:.1f} s, ')")$SUMMARIES
INFO="$INFO\\njar: $JAR ($(cd "$(dirname "$JAR")" && git log -1 --format='%h %s' 2>/dev/null | cut -c1-80 || echo 'no git'))"
INFO="$INFO\\ndatabase: $DB on $PGHOST:$PGPORT, service on port $PORT (JIXIAO_DB_POOL_SIZE ${JIXIAO_DB_POOL_SIZE:-default})"
echo "$INFO" | sed 's/\\n/\n/g'

PARTS=${PARTS:-reads,writes,mixed} BENCH_LOAD_INFO="$INFO" BENCH_LUA=bench/province-mixed.lua \
  java -cp "$PGJDBC_JAR" bench/ProvinceBench.java "http://127.0.0.1:$PORT" "$JDBC?user=$PGUSER&password=${PGPASSWORD:-postgres}"
