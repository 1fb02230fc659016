# Sourced by every benchmark: starts ./horae up in a temporary home on the bench ports (18080-18084, 18432,
# 18092-18093) with the rate limit lifted, stopped and removed on exit unless KEEP is set (a script may define
# before_cleanup for its own processes). Sets GW, AUTH, TENANT, HORAE_KEY, the helpers post, put and id, and DB
# (psql and pgbench options for the platform's PostgreSQL).
export HORAE_HOME="$(mktemp -d /tmp/horae-bench-XXXXXX)"
export HORAE_PORT="${HORAE_PORT:-18080}" HORAE_PG_PORT="${HORAE_PG_PORT:-18432}" HORAE_KAFKA_PORT="${HORAE_KAFKA_PORT:-18092}"
export HORAE_DEMO_API_KEY="hk_bench_$(openssl rand -hex 24)" HORAE_KEY HORAE_RATE_LIMIT_PER_SECOND=100000 HORAE_RATE_LIMIT_BURST=100000
HORAE_KEY="$HORAE_DEMO_API_KEY"
cleanup() {
  if declare -F before_cleanup >/dev/null; then before_cleanup; fi
  "$ROOT/horae" stop >/dev/null 2>&1 || true
  rm -rf "$HORAE_HOME"
}
[ -n "${KEEP:-}" ] || trap cleanup EXIT
GW="http://localhost:$HORAE_PORT"
AUTH="Authorization: Bearer $HORAE_KEY"
post() { curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$GW$1" -d "$2"; }
put() { curl -sf -X PUT -H "$AUTH" -H 'Content-Type: application/json' "$GW$1" -d "$2" >/dev/null; }
id() { sed -E 's/^\{"id":"([0-9a-f-]{36})".*/\1/'; }
export PGPASSWORD=postgres
DB="-h localhost -p $HORAE_PG_PORT -U postgres"

"$ROOT/horae" up --detach >/dev/null
TENANT=$(sed -n 's/^tenant=//p' "$HORAE_HOME/ready")
