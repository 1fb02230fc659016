#!/usr/bin/env bash
# Measures ./horae up: wall time to ready (all five /q/health/ready answering 200) and resident memory of
# every process, idle and after a short warm-up. Writes bench/results/<date>-startup.md.
# Usage: bench/startup.sh [runs]   (default 3; the first run also formats a fresh data directory)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-3}"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-startup.md"
export HORAE_HOME="$(mktemp -d /tmp/horae-bench-XXXXXX)"
export HORAE_PORT="${HORAE_PORT:-18080}" HORAE_PG_PORT="${HORAE_PG_PORT:-18432}" HORAE_KAFKA_PORT="${HORAE_KAFKA_PORT:-18092}"
export HORAE_DEMO_API_KEY="hk_bench_$(openssl rand -hex 24)"
trap '"$ROOT/horae" stop >/dev/null 2>&1 || true; rm -rf "$HORAE_HOME"' EXIT

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "-"; }

"$ROOT/horae" up --detach >/dev/null   # builds if needed; not timed
"$ROOT/horae" stop >/dev/null

rows=""
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$ROOT/horae" up --detach >/dev/null
  wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  launcher_ms=$(sed -n 's/^ready_ms=//p' "$HORAE_HOME/ready")
  rows+="| $run | $wall_ms | $launcher_ms |"$'\n'
  if [ "$run" -lt "$RUNS" ]; then "$ROOT/horae" stop >/dev/null; fi
done

declare -A pids
while IFS='=' read -r key value; do
  case "$key" in pid.*) pids[${key#pid.}]=$value ;; esac
done < "$HORAE_HOME/ready"
pids[kafka]=$(cat "$HORAE_HOME/kafka/kafka.pid")
pids[postgres]=$(head -1 "$HORAE_HOME/postgres/postmaster.pid")
declare -A idle
for name in "${!pids[@]}"; do idle[$name]=$(rss_mb "${pids[$name]}"); done

# Warm-up: 2,000 reads and 200 writes through the gateway, then RSS again.
for i in $(seq 1 200); do
  curl -s -o /dev/null -H "Authorization: Bearer $HORAE_DEMO_API_KEY" -H 'Content-Type: application/json' \
    "http://localhost:$HORAE_PORT/api/v1/customers" -d "{\"firstName\":\"Bench\",\"lastName\":\"User $i\"}"
  for j in $(seq 1 10); do
    curl -s -o /dev/null -H "Authorization: Bearer $HORAE_DEMO_API_KEY" "http://localhost:$HORAE_PORT/api/v1/locations"
  done
done
memory=""
for name in gateway customer availability reservations booking kafka; do
  memory+="| $name | ${idle[$name]} | $(rss_mb "${pids[$name]}") |"$'\n'
done
# PostgreSQL is a postmaster plus one process per connection: count them all.
pg_total=$(ps -o rss= --ppid "${pids[postgres]}" -p "${pids[postgres]}" | awk '{s+=$1} END {printf "%.0f", s/1024}')
memory+="| postgres (all processes) | - | $pg_total |"$'\n'

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<REPORT
# ./horae up: time to ready and memory — $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1).
Command: \`bench/startup.sh $RUNS\` (data directory already formatted; jars already built).
Each service JVM: \`-Xms32m -Xmx256m -XX:+UseSerialGC\`; Kafka \`-Xmx384m\`.

## Time to ready (all five services answer /q/health/ready)

| run | wall ms (./horae up --detach until ready) | launcher ms (start of launcher until ready) |
|---|---|---|
${rows}
## Resident memory (MiB)

| process | idle after start | after 200 writes + 2,000 reads through the gateway |
|---|---|---|
${memory}
REPORT
echo "wrote $OUT"
cat "$OUT"
