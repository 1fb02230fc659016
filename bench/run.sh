#!/usr/bin/env bash
# Every measurement in one command, one after the other (each starts and stops its own platform): placing
# bookings with the CPU each costs per process, hold-and-book against pgbench (with event lag, time to ready and
# RSS), gateway overhead against direct and nginx, the compatibility routes' cost over the native API, and the
# availability month view. Results in bench/results/<date>-*.md. Usage: bench/run.sh
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
"$BENCH/placement.sh"
"$BENCH/hold-and-book.sh"
"$BENCH/gateway-overhead.sh"
"$BENCH/compat-overhead.sh"
"$BENCH/availability-month.sh"
