#!/usr/bin/env bash
# The 64-connection row of bench/placement.sh, twice, after a 90 s warm-up, for comparing commits quickly:
# bench/placement-quick.sh <root of a built checkout> (e.g. a git worktree of another commit, built with
# ./mvnw package -DskipTests). Prints bookings/s and CPU ms per booking of gateway, customer, availability,
# reservations, booking, Kafka, PostgreSQL and their sum. The first round still runs beside the JIT: compare
# second rounds.
set -euo pipefail
ROOT=$1
. "$ROOT/bench/platform.sh"
export HORAE_SLOTS="$HORAE_HOME/slots.txt"
eval "$(sed -n '/^echo "seeding/,/^done > "\$HORAE_SLOTS"/p' $ROOT/bench/placement.sh)" >/dev/null
eval "$(sed -n '/^HZ=/,/^stat_of() {/p' $ROOT/bench/placement.sh | sed '$d')"
book 8 2 0 90 >/dev/null
for round in 1 2; do
cpu > /tmp/q-before.txt
out=$(book 64 2 $((round * 1000000)) 20)
cpu > /tmp/q-after.txt
n=$(echo "$out" | awk '/requests in/ {print $1}')
echo "round $round: $(echo "$out" | awk '/Requests\/sec/ {print $2}')/s per booking: $(delta /tmp/q-before.txt /tmp/q-after.txt $n)"
done
