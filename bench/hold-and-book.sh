#!/usr/bin/env bash
# Hold-and-book through the gateway against the physical limit of the same SQL (issue 9), in one run:
#   seeds a realistic tenant (5 locations, 50 resources, 20 services, 10,000 customers, a month of working hours);
#   1. one-step bookings (the claim with availability's answer, then the booking: POST /api/v1/bookings) through the
#      gateway with wrk at 1, 4 and 16 connections, every request for a different free start;
#   2. pgbench running the same transactions' SQL (bench/pgbench/claim.sql on horae_reservations and
#      bench/pgbench/booking.sql on horae_booking, side by side) on the same PostgreSQL at the same client counts;
#   3. event lag: a booking cancelled, then the time until availability offers its start again (30 samples);
#   4. each service's time to ready and RSS after the load.
# Writes bench/results/<date>-hold-and-book.md. Usage: bench/hold-and-book.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
for tool in wrk pgbench curl; do command -v $tool >/dev/null || { echo "needs $tool (apt-get install wrk postgresql-client)" >&2; exit 1; }; done
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-hold-and-book.md"
. "$ROOT/bench/platform.sh"
export HORAE_SLOTS="$HORAE_HOME/slots.txt"

echo "seeding: 5 locations, 20 services, 50 resources, working hours, 10,000 customers"
services=()
for s in $(seq 1 20); do
  services+=("$(post /api/v1/services "{\"names\":{\"en\":\"Service $s\"},\"durationMinutes\":30,\"stepMinutes\":30,\"price\":$((20 + s)),\"currency\":\"EUR\"}" | id)")
done
offer=$(printf '"%s",' "${services[@]}"); offer="{\"serviceIds\":[${offer%,}]}"
week='{"rules":['
for day in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY; do week+="{\"day\":\"$day\",\"start\":\"08:00\",\"end\":\"18:00\"},"; done
week="${week%,}]}"
resources=()
for l in $(seq 1 5); do
  location=$(post /api/v1/locations "{\"name\":\"Branch $l\",\"timeZone\":\"Europe/Prague\"}" | id)
  for r in $(seq 1 10); do
    resource=$(post /api/v1/resources "{\"name\":\"Staff $l-$r\",\"locationId\":\"$location\",\"kind\":\"STAFF\"}" | id)
    put "/api/v1/resources/$resource/services" "$offer"
    put "/api/v1/working-hours/$resource" "$week"
    resources+=("$resource")
  done
done
COUNT=10000 wrk -t2 -c4 -d90s -s "$ROOT/bench/wrk/customers.lua" "$GW" -- 2 >/dev/null
customers=$(psql $DB -d horae_customer -tAc "SELECT count(*) FROM customer WHERE tenant_id = '$TENANT'")

# every 30-minute start of the next 30 days (from the day after tomorrow), resource by resource
for d in $(seq 2 31); do
  day=$(date -d "+$d day" +%Y-%m-%d)
  zone=$(TZ=Europe/Prague date -d "$day 12:00" +%:z)
  for h in 08 09 10 11 12 13 14 15 16 17; do
    for m in 00 30; do
      for resource in "${resources[@]}"; do echo "$resource ${services[0]} ${day}T$h:$m:00$zone"; done
    done
  done
done > "$HORAE_SLOTS"
slots=$(wc -l < "$HORAE_SLOTS")

row() { # name, wrk output -> | name | req/s | p50 | p99 | non-2xx |
  local rps p50 p99 bad
  rps=$(echo "$2" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$2" | awk '/^ +50%/ {print $2}')
  p99=$(echo "$2" | awk '/^ +99%/ {print $2}')
  bad=$(echo "$2" | awk '/Non-2xx/ {print $5}')
  echo "$rps|$p50|$p99|${bad:-0}"
}
book() { # connections threads offset seconds
  wrk -t"$2" -c"$1" -d"$4"s --latency -s "$ROOT/bench/wrk/book.lua" "$GW" -- "$3" "$2" 2>&1
}
pg() { # clients script database
  pgbench $DB -n -M prepared -c "$1" -j "$1" -T 20 -f "$ROOT/bench/pgbench/$2" "$3" 2>&1 | awk '/tps = / {print $3; exit}'
}

echo "warming up (10 s)"
book 4 2 0 10 >/dev/null
results=()
offset=2000
for c in 1 4 16; do
  t=$(( c < 2 ? 1 : 2 ))
  echo "hold-and-book, $c connections"
  http=$(row "$c" "$(book $c $t $offset 20)")
  offset=$(( offset + 8000 ))
  echo "pgbench, $c clients"
  claim_file=$(mktemp); booking_file=$(mktemp)
  pg "$c" claim.sql horae_reservations > "$claim_file" &
  pg "$c" booking.sql horae_booking > "$booking_file"
  wait
  results+=("$c|$http|$(cat "$claim_file")|$(cat "$booking_file")")
done
booked=$(psql $DB -d horae_booking -tAc "SELECT count(*) FROM booking WHERE tenant_id = '$TENANT'")

echo "event lag (30 cancellations)"
lags=()
for i in $(seq 0 29); do
  IFS=' ' read -r resource service start < <(sed -n "$((29000 + i))p" "$HORAE_SLOTS")
  booking=$(post /api/v1/bookings "{\"lines\":[{\"resourceId\":\"$resource\",\"serviceId\":\"$service\",\"start\":\"$start\"}]}" | id)
  check="$GW/api/v1/availability/check?serviceId=$service&resourceId=$resource&start=$(printf %s "$start" | sed 's/+/%2B/')"
  until curl -s -H "$AUTH" "$check" | grep -q '"offered":false'; do sleep 0.01; done
  t0=$(date +%s%N)
  post "/api/v1/bookings/$booking/cancellation" '{"reason":"bench"}' >/dev/null
  until curl -s -H "$AUTH" "$check" | grep -q '"offered":true'; do sleep 0.005; done
  lags+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
sorted=($(printf '%s\n' "${lags[@]}" | sort -n))
lag_p50=${sorted[14]}; lag_p99=${sorted[29]}

rss() { ps -o rss= -p "$1" | awk '{printf "%d MiB", $1 / 1024}'; }
processes=""
for name in gateway customer availability reservations booking; do
  pid=$(sed -n "s/^pid.$name=//p" "$HORAE_HOME/ready")
  ready=$(sed -n "s/^ready_ms.$name=//p" "$HORAE_HOME/ready")
  processes+="| $name | $ready ms | $(rss "$pid") |"$'\n'
done
kafka_pid=$(sed -n 's/^pid.kafka=//p' "$HORAE_HOME/ready")
pg_pid=$(head -1 "$HORAE_HOME/postgres/postmaster.pid")

mkdir -p "$(dirname "$OUT")"
{
  echo "# Hold-and-book against the pgbench limit — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL 17"
  echo "(embedded), Kafka 4.0; the platform, PostgreSQL, Kafka, wrk and pgbench share the cores. Command:"
  echo "\`bench/hold-and-book.sh\`."
  echo
  echo "Tenant: 5 locations, 50 resources (10 per location, each offering all 20 services), 20 services of 30 min,"
  echo "working hours 08:00–18:00 every day, $customers customers; $slots free starts over 30 days."
  echo
  echo "Each HTTP row: \`wrk --latency -s bench/wrk/book.lua\` for 20 s, after a 10 s warm-up, every request a one-step"
  echo "booking of a different free start through the gateway (gateway: key, scope, rate limit, internal token;"
  echo "booking-service: one claim call to reservations-service, which asks availability-service and claims in"
  echo "PostgreSQL; then the booking, its activity and its event). Each pgbench row runs, at the same time and for"
  echo "20 s, \`pgbench -n -M prepared -c N -j N -T 20 -f bench/pgbench/claim.sql horae_reservations\` and the same with"
  echo "\`booking.sql\` on \`horae_booking\`: the statements those services run for one booking, without HTTP. The limit"
  echo "is the slower of the two; the ratio is HTTP bookings/s divided by it."
  echo
  echo "| connections | bookings/s | p50 | p99 | non-2xx | pgbench claim tps | pgbench booking tps | ratio to the limit |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    IFS='|' read -r c rps p50 p99 bad claim bk <<< "$r"
    limit=$(awk -v a="$claim" -v b="$bk" 'BEGIN {print (a < b ? a : b)}')
    ratio=$(awk -v h="$rps" -v l="$limit" 'BEGIN {printf "%.2f", h / l}')
    echo "| $c | $rps | $p50 | $p99 | $bad | $claim | $bk | $ratio |"
  done
  echo
  echo "Bookings in the database afterwards: $booked (warm-up included)."
  echo
  echo "Event lag, cancellation to the start being offered again (booking.cancelled -> reservations releases ->"
  echo "reservation.released -> availability drops the busy time), 30 samples polled every 5 ms through the gateway:"
  echo "p50 $lag_p50 ms, p99 (max of 30) $lag_p99 ms."
  echo
  echo "| process | time to ready | RSS after the load |"
  echo "|---|---|---|"
  printf '%s' "$processes"
  echo "| Kafka | - | $(rss "$kafka_pid") |"
  echo "| PostgreSQL (postmaster) | - | $(rss "$pg_pid") |"
} > "$OUT"
cat "$OUT"
