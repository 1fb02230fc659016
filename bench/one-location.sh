# Sourced by the benchmarks that read one location (gateway-overhead, compat-overhead): the platform of
# platform.sh with one location. Sets, beyond platform.sh's, SVC_PORT (availability-service), INTERNAL (an internal
# token for it), location and PATH_ (its native path).
. "$ROOT/bench/platform.sh"
SVC_PORT=$((HORAE_PORT + 2))
location=$(post /api/v1/locations '{"name":"Bench","timeZone":"Europe/Prague"}' | id)
INTERNAL="Authorization: Bearer $("$ROOT/bench/internal-token.sh" "$TENANT")"
PATH_="/api/v1/locations/$location"
