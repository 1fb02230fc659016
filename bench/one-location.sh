# Sourced by the benchmarks that read one location (gateway-overhead, compat-overhead): starts ./horae up in a
# temporary home, stopped and removed on exit unless KEEP is set (a script may define before_cleanup for its own
# processes), lifts the demo tenant's rate limit and creates one location. Sets GW, AUTH, TENANT, SVC_PORT
# (availability-service), INTERNAL (an internal token for it), location and PATH_ (its native path).
export HORAE_HOME="$(mktemp -d /tmp/horae-bench-XXXXXX)"
export HORAE_PORT="${HORAE_PORT:-18080}" HORAE_PG_PORT="${HORAE_PG_PORT:-18432}" HORAE_KAFKA_PORT="${HORAE_KAFKA_PORT:-18092}"
export HORAE_DEMO_API_KEY="bench-$(date +%s)"
cleanup() {
  if declare -F before_cleanup >/dev/null; then before_cleanup; fi
  "$ROOT/horae" stop >/dev/null 2>&1 || true
  rm -rf "$HORAE_HOME"
}
[ -n "${KEEP:-}" ] || trap cleanup EXIT
GW="http://localhost:$HORAE_PORT"
SVC_PORT=$((HORAE_PORT + 2))
AUTH="Authorization: Bearer $HORAE_DEMO_API_KEY"

"$ROOT/horae" up --detach >/dev/null
TENANT=$(sed -n 's/^tenant=//p' "$HORAE_HOME/ready")
curl -sf -X PUT -H "$AUTH" -H 'Content-Type: application/json' "$GW/api/v1/tenants/$TENANT/rate-limit" \
  -d '{"requestsPerSecond":100000,"burst":100000}' >/dev/null
location=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$GW/api/v1/locations" \
  -d '{"name":"Bench","timeZone":"Europe/Prague"}' | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
INTERNAL="Authorization: Bearer $("$ROOT/bench/internal-token.sh" "$TENANT")"
PATH_="/api/v1/locations/$location"
