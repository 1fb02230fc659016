#!/usr/bin/env bash
# Prints an internal token as the gateway mints it (RS256, issuer horae, key id gateway, tenant, every scope), signed with
# the key pair of a platform started by ./horae up, so a benchmark can call a service directly, past the gateway.
# Usage: bench/internal-token.sh <tenant> [seconds valid, default 3600] (HORAE_HOME picks the platform).
set -euo pipefail
tenant="$1"
life="${2:-3600}"
key="${HORAE_HOME:-$(cd "$(dirname "$0")/.." && pwd)/.horae}/keys/gateway.key"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"gateway"}' | b64url)
claims=$(printf '{"iss":"horae","sub":"bench","iat":%d,"exp":%d,"tenant":"%s","scope":"admin"}' \
  "$now" "$((now + life))" "$tenant" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$claims" "$signature"
