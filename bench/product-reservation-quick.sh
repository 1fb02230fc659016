#!/usr/bin/env bash
# Product reservations (POST /api/v1/product-reservations: one unit of a product stocked for the whole run, for one
# customer) through the gateway with wrk, 16 connections for 20 s, twice after a 60 s warm-up, for comparing
# commits: bench/product-reservation-quick.sh <root of a built checkout> (e.g. a git worktree of another commit,
# built with ./mvnw package -DskipTests). Prints reservations/s, the non-2xx answers and CPU ms per reservation of
# gateway, customer, availability, reservations, booking, Kafka, PostgreSQL and their sum; compare second rounds.
set -euo pipefail
ROOT=$1
. "$ROOT/bench/platform.sh"
eval "$(sed -n '/^HZ=/,/^stat_of() {/p' "$ROOT/bench/placement.sh" | sed '$d')"
store=$(post /api/v1/locations '{"name":"Shop","timeZone":"Europe/Prague"}' | id)
product=$(post /api/v1/products '{"name":"Vase","price":10,"currency":"EUR","vatRate":21}' | id)
put "/api/v1/products/$product/stock/$store" '{"quantity":10000000}'
customer=$(post /api/v1/customers '{"firstName":"Eva","lastName":"Bench"}' | id)
export HORAE_BODY="{\"customerId\":\"$customer\",\"storeId\":\"$store\",\"items\":[{\"productId\":\"$product\",\"amount\":1}]}"
reserve() { wrk -t2 -c"$1" -d"$2"s -H "$AUTH" -s "$ROOT/bench/wrk/post.lua" "$GW/api/v1/product-reservations" 2>&1; }
reserve 8 60 >/dev/null
for round in 1 2; do
  cpu > /tmp/pr-before.txt
  out=$(reserve 16 20)
  cpu > /tmp/pr-after.txt
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "round $round: $(echo "$out" | awk '/Requests\/sec/ {print $2}')/s, non-2xx ${bad:-0}, ms per reservation: $(delta /tmp/pr-before.txt /tmp/pr-after.txt "$n")"
done
