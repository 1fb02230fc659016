#!/usr/bin/env bash
# Availability month view for one location with 50 resources and a 30-minute service (issue 4).
# Seeds a tenant through the gateway, then measures with wrk (Debian package) for 20 s each:
#   1. every slot of the month at the location (about 50 x 26 days x 20 starts), direct to availability-service;
#   2. the month's days view (starts per local date), direct to availability-service;
#   3. the days view through the gateway.
# Writes bench/results/<date>-availability-month.md. Usage: bench/availability-month.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-availability-month.md"
. "$ROOT/bench/platform.sh"
SVC="http://localhost:$((HORAE_PORT + 2))"
# the services refuse requests without the gateway's internal token; the direct rows carry one like it
INTERNAL="Authorization: Bearer $("$ROOT/bench/internal-token.sh" "$TENANT")"

location=$(post /api/v1/locations '{"name":"Bench","timeZone":"Europe/Prague"}' | id)
service=$(post /api/v1/services '{"names":{"en":"Cut","cs":"Střih"},"durationMinutes":30,"bufferAfterMinutes":0,"stepMinutes":30}' | id)
week='{"rules":['
for day in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY; do week+="{\"day\":\"$day\",\"start\":\"08:00\",\"end\":\"18:00\"},"; done
week="${week%,}]}"
month_start=$(date -u -d "$(date -u +%Y-%m-01) +1 month" +%Y-%m-%dT00:00:00Z)
month_end=$(date -u -d "$(date -u +%Y-%m-01) +2 month" +%Y-%m-%dT00:00:00Z)
for i in $(seq 1 50); do
  resource=$(post /api/v1/resources "{\"name\":\"Staff $i\",\"locationId\":\"$location\",\"kind\":\"STAFF\"}" | id)
  put "/api/v1/resources/$resource/services" "{\"serviceIds\":[\"$service\"]}"
  put "/api/v1/working-hours/$resource" "$week"
  # two hours off per resource somewhere in the month
  off=$(date -u -d "$month_start +$(( i % 25 )) day +9 hour" +%Y-%m-%dT%H:%M:%SZ)
  off_end=$(date -u -d "$off +2 hour" +%Y-%m-%dT%H:%M:%SZ)
  post /api/v1/free-time "{\"resourceId\":\"$resource\",\"start\":\"$off\",\"end\":\"$off_end\"}" >/dev/null
done

query="serviceId=$service&locationId=$location&from=$month_start&to=$month_end"
slots=$(curl -sf -H "$INTERNAL" "$SVC/api/v1/availability?$query" | grep -o '"resourceId"' | wc -l)
bytes=$(curl -sf -H "$INTERNAL" "$SVC/api/v1/availability?$query" | wc -c)
days=$(curl -sf -H "$AUTH" "$GW/api/v1/availability/days?$query" | grep -o '"date"' | wc -l)

run() { wrk -t2 -c4 -d20s --latency "$@" 2>&1; }
single() { wrk -t1 -c1 -d20s --latency "$@" 2>&1; }
if [ -n "${SEED_ONLY:-}" ]; then echo "SVC=$SVC TENANT=$TENANT QUERY=$query HOME=$HORAE_HOME"; exit 0; fi
full=$(run -H "$INTERNAL" "$SVC/api/v1/availability?$query")
direct=$(run -H "$INTERNAL" "$SVC/api/v1/availability/days?$query")
direct1=$(single -H "$INTERNAL" "$SVC/api/v1/availability/days?$query")
gateway=$(run -H "$AUTH" "$GW/api/v1/availability/days?$query")
row() { # name, wrk output
  local p50 p99 rps
  p50=$(echo "$2" | awk '/^ +50%/ {print $2}')
  p99=$(echo "$2" | awk '/^ +99%/ {print $2}')
  rps=$(echo "$2" | awk '/Requests\/sec/ {print $2}')
  echo "| $1 | $p50 | $p99 | $rps |"
}

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<REPORT
# Availability month view — $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); everything on this
machine (platform, PostgreSQL, Kafka and wrk share the 2 cores). Command: \`bench/availability-month.sh\`.

Data: one location (Europe/Prague), 50 resources, a 30-minute service with a 30-minute step, hours Mon–Sat
08:00–18:00, two hours of time off per resource; the month $month_start .. $month_end.
The full month answer holds $slots slots ($bytes bytes of JSON); the days view $days days.

Load: \`wrk -t2 -c4 -d20s --latency\` per row (4 connections), or \`wrk -t1 -c1\` where it says one connection,
on loopback. Latency is measured by wrk, so it includes HTTP
and JSON; "direct" rows call availability-service itself, the last row goes through the gateway.

| request | p50 | p99 | requests/s |
|---|---|---|---|
$(row "every slot of the month, direct" "$full")
$(row "days view of the month, direct" "$direct")
$(row "days view of the month, direct, one connection" "$direct1")
$(row "days view of the month, through the gateway" "$gateway")

<details><summary>wrk output</summary>

\`\`\`
$full

$direct

$direct1

$gateway
\`\`\`
</details>
REPORT
echo "wrote $OUT"
cat "$OUT" | head -25
