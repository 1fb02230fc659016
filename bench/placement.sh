#!/usr/bin/env bash
# Placing bookings: what one booking costs in CPU in every process, and how many the platform places per second,
# beside pgbench running the claim's own SQL on the same PostgreSQL (issue 15). In one run:
#   seeds one location, 20 resources offering one 30-minute service, hours 08:00-18:00 every day;
#   idle CPU of every process over 10 s;
#   for 1, 4, 16 and 64 connections: one-step bookings (POST /api/v1/bookings) through the gateway with wrk for
#   20 s, each request a different free start, with the CPU time (utime + stime from /proc) of the gateway, the four
#   services, Kafka and PostgreSQL (postmaster and its backends) read before and after; then pgbench running
#   bench/pgbench/claim.sql on horae_reservations at the same client count.
# Writes bench/results/<date>-placement.md. Usage: bench/placement.sh (WARMUP=seconds at 8 connections, default
# 120: the JIT compiles for minutes; measured earlier, its compiler threads take a third of a service's CPU)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
for tool in wrk pgbench curl; do command -v $tool >/dev/null || { echo "needs $tool (apt-get install wrk postgresql-client)" >&2; exit 1; }; done
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-placement.md"
WARMUP="${WARMUP:-120}"
. "$ROOT/bench/platform.sh"
export HORAE_SLOTS="$HORAE_HOME/slots.txt"

echo "seeding: one location, 20 resources, one service, hours every day"
service=$(post /api/v1/services '{"names":{"en":"Consultation"},"durationMinutes":30,"stepMinutes":30,"price":40,"currency":"EUR","maximumDaysAhead":365}' | id)
location=$(post /api/v1/locations '{"name":"Bench","timeZone":"Europe/Prague"}' | id)
week='{"rules":['
for day in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY; do week+="{\"day\":\"$day\",\"start\":\"08:00\",\"end\":\"18:00\"},"; done
week="${week%,}]}"
resources=()
for r in $(seq 1 20); do
  resource=$(post /api/v1/resources "{\"name\":\"Staff $r\",\"locationId\":\"$location\",\"kind\":\"STAFF\"}" | id)
  put "/api/v1/resources/$resource/services" "{\"serviceIds\":[\"$service\"]}"
  put "/api/v1/working-hours/$resource" "$week"
  resources+=("$resource")
done
# every 30-minute start from the day after tomorrow on, day by day, resource by resource (20 x 20 a day)
for d in $(seq 2 300); do
  day=$(date -d "+$d day" +%Y-%m-%d)
  zone=$(TZ=Europe/Prague date -d "$day 12:00" +%:z)
  for h in 08 09 10 11 12 13 14 15 16 17; do
    for m in 00 30; do
      for resource in "${resources[@]}"; do echo "$resource $service ${day}T$h:$m:00$zone"; done
    done
  done
done > "$HORAE_SLOTS"

# CPU time (ms) of the platform's processes, one "name ms" line each; PostgreSQL counts the postmaster, its live
# backends and (cutime/cstime) the backends that ended.
HZ=$(getconf CLK_TCK)
ticks() { awk -v all="$2" '{ t = $14 + $15; if (all) t += $16 + $17; print t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pids() {
  for name in gateway customer availability reservations booking kafka; do
    echo "$name $(sed -n "s/^pid.$name=//p" "$HORAE_HOME/ready")"
  done
}
PG_PID=$(head -1 "$HORAE_HOME/postgres/postmaster.pid")
cpu() {
  pids | while read -r name pid; do echo "$name $(( $(ticks "$pid" 0) * 1000 / HZ ))"; done
  local pg; pg=$(ticks "$PG_PID" 1)
  for child in $(pgrep -P "$PG_PID"); do pg=$(( pg + $(ticks "$child" 0) )); done
  echo "postgres $(( pg * 1000 / HZ ))"
}
NAMES=(gateway customer availability reservations booking kafka postgres)
delta() { # before-file after-file divisor -> one value per NAMES entry and their sum, ms / divisor
  awk -v d="$3" 'NR == FNR { b[$1] = $2; next } { a[$1] = $2 }
    END { n = split("gateway customer availability reservations booking kafka postgres", k, " ");
          s = 0; for (i = 1; i <= n; i++) { v = (a[k[i]] - b[k[i]]) / d; s += v; printf "%.1f|", v } printf "%.1f", s }' "$1" "$2"
}

book() { # connections threads offset seconds
  wrk -t"$2" -c"$1" -d"$4"s --latency -s "$ROOT/bench/wrk/book.lua" "$GW" -- "$3" "$2" 2>&1
}
stat_of() { # wrk output -> rps|p50|p99|requests|non2xx
  echo "$1" | awk '/Requests\/sec/ {rps = $2} /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /requests in/ {n = $1} /Non-2xx/ {bad = $5} END {printf "%s|%s|%s|%s|%s", rps, p50, p99, n, bad + 0}'
}

echo "warming up ($WARMUP s)"
book 8 2 0 "$WARMUP" >/dev/null
sleep 5
echo "idle CPU (10 s)"
cpu > "$HORAE_HOME/idle0"; sleep 10; cpu > "$HORAE_HOME/idle1"
idle=$(delta "$HORAE_HOME/idle0" "$HORAE_HOME/idle1" 10)

rows=()
offset=$(( WARMUP * 600 ))
for c in 1 4 16 64; do
  t=$(( c < 2 ? 1 : 2 ))
  echo "bookings, $c connections"
  cpu > "$HORAE_HOME/cpu0"
  out=$(book "$c" "$t" "$offset" 20)
  cpu > "$HORAE_HOME/cpu1"
  IFS='|' read -r rps p50 p99 n bad <<< "$(stat_of "$out")"
  booked=$(( n - bad ))
  offset=$(( offset + n + 100 ))
  per=$(delta "$HORAE_HOME/cpu0" "$HORAE_HOME/cpu1" "$(( booked > 0 ? booked : 1 ))")
  echo "pgbench claim.sql, $c clients"
  tps=$(pgbench $DB -n -M prepared -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T 20 -f "$ROOT/bench/pgbench/claim.sql" horae_reservations 2>&1 \
    | awk '/tps = / {print $3; exit} /error/ {print "failed: " $0 > "/dev/stderr"}' || true)
  rows+=("$c|$rps|$p50|$p99|$bad|$tps|$per")
  sleep 3
done

mkdir -p "$(dirname "$OUT")"
{
  echo "# Placing bookings: CPU per booking and bookings/s beside pgbench — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL 17"
  echo "(embedded), Kafka 4.0; the platform, wrk and pgbench share the cores. Command: \`bench/placement.sh\` at"
  echo "commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo
  echo "One location, 20 resources offering one 30-minute service, hours 08:00-18:00 every day. Each HTTP row:"
  echo "\`wrk --latency -s bench/wrk/book.lua\` for 20 s after a ${WARMUP} s warm-up, every request a one-step booking"
  echo "(\`POST /api/v1/bookings\` with one line) of a different free start, through the gateway. CPU: utime + stime"
  echo "from /proc of each process, before and after the run, divided by the bookings made. pgbench row: \`pgbench -n"
  echo "-M prepared -c N -T 20 -f bench/pgbench/claim.sql horae_reservations\`, right after, alone."
  echo
  echo "| connections | bookings/s | p50 | p99 | non-2xx | pgbench claim tps | ratio |"
  echo "|---|---|---|---|---|---|---|"
  for r in "${rows[@]}"; do
    IFS='|' read -r c rps p50 p99 bad tps _ <<< "$r"
    echo "| $c | $rps | $p50 | $p99 | $bad | $tps | $(awk -v h="$rps" -v l="$tps" 'BEGIN {printf "%.2f", h / l}') |"
  done
  echo
  echo "CPU milliseconds per booking:"
  echo
  echo "| connections | gateway | customer | availability | reservations | booking | Kafka | PostgreSQL | sum |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for r in "${rows[@]}"; do
    IFS='|' read -r c _ _ _ _ _ cpus <<< "$r"
    echo "| $c | ${cpus//|/ | } |"
  done
  echo
  echo "Idle, after the warm-up (CPU ms per second):"
  echo
  echo "| gateway | customer | availability | reservations | booking | Kafka | PostgreSQL | sum |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| ${idle//|/ | } |"
} > "$OUT"
cat "$OUT"
