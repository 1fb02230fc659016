#!/usr/bin/env bash
# The Kafka of docker compose, secured: starts apache/kafka's broker, then, as the administrator on the loopback
# listener, creates Horae's topics, one SCRAM-SHA-512 user per service (password from HORAE_KAFKA_PASSWORD_<SERVICE>,
# e.g. HORAE_KAFKA_PASSWORD_BOOKING_SERVICE) and the ACLs of access.txt. Services reach the broker only on the SASL
# listener, as their own user, and may do only what access.txt grants them.
set -euo pipefail

/etc/kafka/docker/run &
broker=$!
bin=/opt/kafka/bin
admin=(--bootstrap-server localhost:9094)
table=/horae/kafka/access.txt

until "$bin/kafka-broker-api-versions.sh" "${admin[@]}" >/dev/null 2>&1; do
  kill -0 "$broker" || exit 1
  sleep 1
done

for topic in horae.customers horae.customer-profiles horae.catalog horae.reservations horae.bookings; do
  "$bin/kafka-topics.sh" "${admin[@]}" --create --if-not-exists --topic "$topic" --partitions 3 \
    --replication-factor 1
done

for user in $(grep -v '^#' "$table" | awk 'NF { print $1 }' | sort -u); do
  variable="HORAE_KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')"
  password="${!variable:?$variable is not set}"
  "$bin/kafka-configs.sh" "${admin[@]}" --alter --entity-type users --entity-name "$user" \
    --add-config "SCRAM-SHA-512=[iterations=4096,password=$password]"
done

grep -v '^#' "$table" | while read -r user operation type name; do
  [ -n "$user" ] || continue
  # READ -> Read, ALTER_CONFIGS -> AlterConfigs: the names kafka-acls.sh takes
  operation="$(echo "$operation" | awk -F_ '{ for (i = 1; i <= NF; i++) printf "%s%s", substr($i, 1, 1), tolower(substr($i, 2)) }')"
  "$bin/kafka-acls.sh" "${admin[@]}" --add --allow-principal "User:$user" --operation "$operation" \
    "--${type,,}" "$name" >/dev/null
done

touch /tmp/horae-kafka-secured
wait "$broker"
