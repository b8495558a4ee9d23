#!/usr/bin/env bash
# Monitoring at province scale: a round of 100,000 targets with 7 indicators each (fiscal year 2031, region 650000)
# in a fresh PostgreSQL database, then in one run:
#   * opening Xinjiang's May and September rounds through the API (the snapshot of 100,000 reports each);
#   * filing 95 % of the September reports (set-based SQL: the bench's own load, not measured);
#   * assessing the round through the endpoint, beside one hand-written SQL statement computing the same
#     per-report results into a scratch table, three times each, and comparing the results report by report;
#   * the summary and warning-list pages over the round (median and p99 of 20 calls after a warm-up), province
#     (finance-xj) and county (finance-county), including a page after a deep keyset cursor.
# Goals (issue): assessment ≤ 5 s and ≤ 2× the baseline statement; every read ≤ 20 ms. The report says "goal met"
# or "goal MISSED" per line; the script fails only when the run itself fails. One run takes about 3–5 minutes.
#
#   bench/monitoring.sh                      # builds nothing: run ./mvnw -q package -DskipTests first
#   KEEP_DB=1 bench/monitoring.sh            # keep the database (and the service log) for inspection
#
# Needs what bench/province.sh needs but wrk: a PostgreSQL server (PGHOST 127.0.0.1, PGPORT 5432, PGUSER postgres),
# psql, a JDK 17+ and the PostgreSQL JDBC driver (PGJDBC_JAR, default: the newest in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server-service.sh

echo "loading bench/monitoring-load.sql"
T0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/monitoring-load.sql
T1=$(date +%s.%N)
psql -q -d "$DB" -c "VACUUM ANALYZE"
T2=$(date +%s.%N)
INFO=$(python3 -c "print(f'load {$T1 - $T0:.1f} s (bench/monitoring-load.sql), VACUUM ANALYZE {$T2 - $T1:.1f} s')")
INFO="$INFO\\njar: $JAR ($(cd "$(dirname "$JAR")" && git log -1 --format='%h %s' 2>/dev/null | cut -c1-80 || echo 'no git'))"
INFO="$INFO\\ndatabase: $DB on $PGHOST:$PGPORT, service on port $PORT"

javac -nowarn -d "$WORK/classes" bench/ProvinceBench.java bench/MonitoringBench.java
BENCH_LOAD_INFO="$INFO" java -cp "$PGJDBC_JAR:$WORK/classes" MonitoringBench \
  "http://127.0.0.1:$PORT" "$JDBC?user=$PGUSER&password=${PGPASSWORD:-postgres}"
