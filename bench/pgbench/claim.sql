-- reservations-service's SQL for one claim for a booking (reservation/ClaimStore.insert), one slot on its own
-- resource each time: the resource's advisory lock, the reservation, its claim, its reservation.claimed event, in one
-- transaction. The event is written as already published so the running relay skips it. (The question to
-- availability reads one row of another database, the catalogue version; it is not part of this script.)
SELECT gen_random_uuid() AS rid, gen_random_uuid() AS res, now() + interval '2 days' AS st \gset
BEGIN;
SELECT pg_advisory_xact_lock(hashtextextended(concat_ws(chr(58), 'claim', 'pgbench', :res::text), 0));
INSERT INTO reservation (id, tenant_id, status, customer_id, booking_id, expires_at, created_at, updated_at, version)
  VALUES (:rid, 'pgbench', 'CONFIRMED', NULL, gen_random_uuid(), NULL, now(), now(), 0) ON CONFLICT (id) DO NOTHING;
INSERT INTO claim (id, reservation_id, tenant_id, resource_id, service_id, class_id, starts_at, ends_at,
                   footprint_start, footprint_end, seats, product_id, location_id, capacity_key, active)
  VALUES (gen_random_uuid(), :rid, 'pgbench', :res, gen_random_uuid(), NULL, :st, :st::timestamptz + interval '30 minutes',
          :st, :st::timestamptz + interval '30 minutes', 1, NULL, NULL, NULL, true);
INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, published_at)
  VALUES (gen_random_uuid(), 'pgbench', 'horae.reservations', 'reservation.claimed.v1', :rid,
          '{"reservationId":"x","bookingId":"x","lines":[{"resourceId":"x","serviceId":"x","start":"x","end":"x"}]}',
          now(), now());
COMMIT;
