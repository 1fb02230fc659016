#!/usr/bin/env bash
# Gateway overhead (issue 7): the same request three ways, in one run, against one availability-service:
#   direct  — to the service itself, with an internal token like the gateway's;
#   nginx   — through nginx as a plain reverse proxy (keep-alive upstream), same token;
#   gateway — through the Horae gateway with an API key (key lookup, tenant, rate limit, scope, token swap,
#             access log line).
# The request reads one location (GET /api/v1/locations/{id}: one primary-key read in PostgreSQL).
# Writes bench/results/<date>-gateway-overhead.md. Usage: bench/gateway-overhead.sh  (DURATION=20s CONNECTIONS="1 8")
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || { echo "needs nginx: apt-get install nginx-light" >&2; exit 1; }
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-1 8}"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d)-gateway-overhead.md"
. "$ROOT/bench/one-location.sh"
NGINX_PORT=$((HORAE_PORT + 10))
NGINX_DIR="$HORAE_HOME/nginx"
before_cleanup() { [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; }

mkdir -p "$NGINX_DIR"
cat > "$NGINX_DIR/nginx.conf" <<NGINX
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream availability { server 127.0.0.1:$SVC_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://availability;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"

# every way must answer before anything is measured
curl -sf -H "$INTERNAL" "http://localhost:$SVC_PORT$PATH_" >/dev/null
curl -sf -H "$INTERNAL" "http://localhost:$NGINX_PORT$PATH_" >/dev/null
curl -sf -H "$AUTH" "$GW$PATH_" >/dev/null

. "$ROOT/bench/wrk.sh"

# warm-up: the JIT of all three paths
measure 4 "$INTERNAL" "http://localhost:$SVC_PORT$PATH_" >/dev/null
measure 4 "$AUTH" "$GW$PATH_" >/dev/null

rows=""
for c in $CONNECTIONS; do
  direct=$(measure "$c" "$INTERNAL" "http://localhost:$SVC_PORT$PATH_")
  proxied=$(measure "$c" "$INTERNAL" "http://localhost:$NGINX_PORT$PATH_")
  gateway=$(measure "$c" "$AUTH" "$GW$PATH_")
  d=$(rps "$direct"); n=$(rps "$proxied"); g=$(rps "$gateway")
  for pair in "direct:$direct" "nginx:$proxied" "gateway:$gateway"; do
    name="${pair%%:*}"; out="${pair#*:}"
    rows+="| $c | $name | $(rps "$out") | $(to_ms "$(field "$out" 50%)") | $(to_ms "$(field "$out" 99%)") | $(non2xx "$out")"$'\n'
  done
  rows+="| $c | **gateway / direct** | $(awk -v g="$g" -v d="$d" 'BEGIN{printf "%.2f", g/d}') | | | |"$'\n'
  rows+="| $c | **gateway / nginx** | $(awk -v g="$g" -v n="$n" 'BEGIN{printf "%.2f", g/n}') | | | |"$'\n'
done

gw_pid=$(sed -n 's/^pid.gateway=//p' "$HORAE_HOME/ready")
nginx_pid=$(cat "$NGINX_DIR/nginx.pid")
nginx_rss=$(ps -o rss= --ppid "$nginx_pid" -p "$nginx_pid" | awk '{s+=$1} END {printf "%.0f", s/1024}')

mkdir -p "$(dirname "$OUT")"
cat > "$OUT" <<REPORT
# Gateway overhead — $(date -u +%Y-%m-%dT%H:%MZ)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(nginx -v 2>&1),
wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'). Everything shares the 2 cores: wrk, nginx, the gateway, the service,
PostgreSQL and Kafka. Command: \`bench/gateway-overhead.sh\` (DURATION=$DURATION, CONNECTIONS="$CONNECTIONS").

Request: \`GET $PATH_\` (availability-service reads one location by primary key).
- **direct**: to availability-service on its own port, with an internal token like the gateway's;
- **nginx**: nginx 1 worker, keep-alive upstream, \`proxy_pass\` only, access log off;
- **gateway**: the Horae gateway with the demo API key: key lookup (cached), tenant check, rate limit (raised
  for the run), scope, token swap, X-Request-Id, one access-log line per request.

\`wrk -t1 -c<connections> -d$DURATION --latency\`, after a warm-up run of each path. Latency in ms.

| connections | path | requests/s | p50 | p99 | non-2xx |
|---|---|---|---|---|---|
$rows
RSS after the run: gateway $(rss "$gw_pid") MiB, nginx $nginx_rss MiB.
REPORT
cat "$OUT"
