#!/usr/bin/env bash
# Evaluation at province scale: 70,000 self-evaluations of 2032 under 650000 with 7 indicators each, loaded as
# unscored drafts into a fresh PostgreSQL database (bench/evaluation-load.sql), then in one run (EvaluationBench):
#   * rescoring the province through the API three times — the first scores, new grade bands, new block points —
#     each timed to DONE, with the service's resident memory sampled during it;
#   * filing every draft again one by one through the API and comparing score, execution score and every
#     breakdown line with what the rescore stored (all 70,000);
#   * publishing the province, then the summary (province, prefecture, county, a department) and the public list
#     (page 0, page 199, after a deep cursor), median and p99 of 20 calls after a warm-up.
# Goals (issue): a rescore under 15 s, every score identical, memory flat, every read ≤ 20 ms. The report says
# "goal met" or "goal MISSED" per line; the script fails only when the run itself fails. About 5–8 minutes.
#
#   bench/evaluation.sh                      # builds nothing: run ./mvnw -q package -DskipTests first
#   KEEP_DB=1 bench/evaluation.sh            # keep the database (and the service log) for inspection
#
# Needs what bench/monitoring.sh needs: a PostgreSQL server (PGHOST 127.0.0.1, PGPORT 5432, PGUSER postgres), psql,
# a JDK 17+ and the PostgreSQL JDBC driver (PGJDBC_JAR, default: the newest in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server-service.sh

echo "loading bench/evaluation-load.sql"
T0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/evaluation-load.sql
T1=$(date +%s.%N)
psql -q -d "$DB" -c "VACUUM ANALYZE"
T2=$(date +%s.%N)
INFO=$(python3 -c "print(f'load {$T1 - $T0:.1f} s (bench/evaluation-load.sql), VACUUM ANALYZE {$T2 - $T1:.1f} s')")
INFO="$INFO\\njar: $JAR ($(cd "$(dirname "$JAR")" && git log -1 --format='%h %s' 2>/dev/null | cut -c1-80 || echo 'no git'))"
INFO="$INFO\\ndatabase: $DB on $PGHOST:$PGPORT, service on port $PORT (pid $PID)"

javac -nowarn -d "$WORK/classes" bench/ProvinceBench.java bench/MonitoringBench.java bench/EvaluationBench.java
BENCH_LOAD_INFO="$INFO" java -cp "$PGJDBC_JAR:$WORK/classes" EvaluationBench \
  "http://127.0.0.1:$PORT" "$JDBC?user=$PGUSER&password=${PGPASSWORD:-postgres}" "$PID"
