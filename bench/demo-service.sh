# Sourced by the benchmarks: starts the built jar on a fresh embedded database with the demo data on a free port
# and stops it (removing the data) when the benchmark exits. Sets PORT, DATA, LOG, PID.
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
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "service did not come up"; tail -30 "$LOG"; exit 1; }
