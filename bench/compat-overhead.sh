#!/usr/bin/env bash
# What a compatibility route costs over the native API (issue 8), in one run, against one availability-service:
#   native     — GET /api/v1/locations/{id} through the gateway (proxied as a stream);
#   reservanto — POST /v1/Location/Get {"LocationId": n} through the gateway: the body parsed, the number looked up
#                (remembered after the first time), the native call made, its answer reshaped (PascalCase, the
#                location's number, the envelope);
#   direct     — the same GET to availability-service itself, with an internal token, as the floor.
# Writes bench/results/<date>-compat-overhead.md. Usage: bench/compat-overhead.sh  (DURATION=20s CONNECTIONS="1 8")
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-1 8}"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-compat-overhead.md"
. "$ROOT/bench/one-location.sh"
number=$(curl -sf -X POST -H "$AUTH" "$GW/v1/Location/GetList" | sed -E 's/.*"LocationId":([0-9]+).*/\1/')
export HORAE_BODY="{\"LocationId\":$number}"

# every way must answer before anything is measured
curl -sf -H "$INTERNAL" "http://localhost:$SVC_PORT$PATH_" >/dev/null
curl -sf -H "$AUTH" "$GW$PATH_" >/dev/null
curl -sf -X POST -H "$AUTH" -H 'Content-Type: application/json' -d "$HORAE_BODY" "$GW/v1/Location/Get" \
  | grep -q '"IsError":false'

. "$ROOT/bench/wrk.sh"

# warm-up: the JIT of every path
measure 4 "$AUTH" "$GW$PATH_" >/dev/null
measure 4 "$AUTH" -s "$ROOT/bench/wrk/post.lua" "$GW/v1/Location/Get" >/dev/null

rows=""
for c in $CONNECTIONS; do
  direct=$(measure "$c" "$INTERNAL" "http://localhost:$SVC_PORT$PATH_")
  native=$(measure "$c" "$AUTH" "$GW$PATH_")
  compat=$(measure "$c" "$AUTH" -s "$ROOT/bench/wrk/post.lua" "$GW/v1/Location/Get")
  for pair in "direct:$direct" "native:$native" "reservanto:$compat"; do
    name="${pair%%:*}"; out="${pair#*:}"
    rows+="| $c | $name | $(rps "$out") | $(to_ms "$(field "$out" 50%)") | $(to_ms "$(field "$out" 99%)") | $(non2xx "$out")"$'\n'
  done
  rows+="| $c | **reservanto / native** | $(awk -v r="$(rps "$compat")" -v n="$(rps "$native")" 'BEGIN{printf "%.2f", r/n}') | | | |"$'\n'
done

gw_pid=$(sed -n 's/^pid.gateway=//p' "$HORAE_HOME/ready")

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<REPORT
# Compatibility route overhead — $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1),
wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'). Everything shares the 2 cores: wrk, the gateway, the service,
PostgreSQL and Kafka. Command: \`bench/compat-overhead.sh\` (DURATION=$DURATION, CONNECTIONS="$CONNECTIONS").

One location read three ways:
- **direct**: \`GET $PATH_\` to availability-service on its own port with an internal token (the floor);
- **native**: the same through the gateway with the demo API key (streamed proxy);
- **reservanto**: \`POST /v1/Location/Get {"LocationId":$number}\` through the gateway: body parsed, number looked up
  (in memory after the first), native call, answer reshaped into Reservanto's fields and envelope.

\`wrk -t1 -c<connections> -d$DURATION --latency\`, after a warm-up run. Latency in ms.

| connections | path | requests/s | p50 | p99 | non-2xx |
|---|---|---|---|---|---|
$rows
RSS of the gateway after the run: $(rss "$gw_pid") MiB.
REPORT
cat "$OUT"
