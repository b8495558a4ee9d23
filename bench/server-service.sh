# Sourced by the benchmarks on a PostgreSQL server (province.sh, monitoring.sh): creates database
# jixiao_bench_<timestamp>, starts the jar ($JAR) on it with the demo profile on a free port and waits until it is
# ready; stops the service and drops the database on exit (KEEP_DB=1 keeps both the database and the service log).
# Sets DB, JDBC, PORT, WORK, LOG, PID and PGJDBC_JAR.
JAR=${JAR:-bootstrap/target/jixiao-exec.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q package -DskipTests first (or set JAR)"; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (Debian: apt-get install postgresql-client)"; exit 1; }
PGJDBC_JAR=${PGJDBC_JAR:-$(ls -d "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | sort -V | tail -1)}
[ -f "$PGJDBC_JAR" ] || { echo "no PostgreSQL JDBC driver: set PGJDBC_JAR"; exit 1; }
pg_isready -q || { echo "no PostgreSQL server at $PGHOST:$PGPORT"; exit 1; }

DB=jixiao_bench_$(date +%Y%m%d_%H%M%S)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/jixiao-bench.XXXX)
LOG="$WORK/service.log"
PID=
cleanup() {
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  if [ "${KEEP_DB:-0}" = 1 ]; then
    echo "kept database $DB (psql -d $DB; drop it with: dropdb -h $PGHOST -p $PGPORT -U $PGUSER --force $DB) and $LOG"
  else
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
psql -q -d postgres -c "CREATE DATABASE $DB"
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

echo "starting $JAR on database $DB, port $PORT"
env JIXIAO_DB_URL="$JDBC" JIXIAO_DB_USER="$PGUSER" JIXIAO_DB_PASSWORD="${PGPASSWORD:-postgres}" \
  SPRING_PROFILES_ACTIVE=demo java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "service did not come up"; tail -30 "$LOG"; exit 1; }
