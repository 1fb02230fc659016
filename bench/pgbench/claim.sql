-- reservations-service's SQL for one hold and its confirmation (HoldService.claim and .confirm), one slot on its own
-- resource each time: the pre-check, the resource lock, the hoarding cap, the reservation, its claim, the held event;
-- then the confirmation with its event. Events are written as already published so the running relay skips them.
SELECT gen_random_uuid() AS rid, gen_random_uuid() AS res, now() + interval '2 days' AS st \gset
SELECT count(*) FROM claim WHERE tenant_id = 'pgbench' AND resource_id = :res AND active AND capacity_key IS NULL
  AND tstzrange(footprint_start, footprint_end) && tstzrange(:st::timestamptz, :st::timestamptz + interval '30 minutes');
BEGIN;
SELECT pg_try_advisory_xact_lock(hashtextextended('claim:' || :res::text, 0));
SELECT count(*) FROM reservation WHERE tenant_id = 'pgbench' AND status = 'HELD' AND expires_at > now();
INSERT INTO reservation (id, tenant_id, status, expires_at, created_at, updated_at, version)
  VALUES (:rid, 'pgbench', 'HELD', now() + interval '10 minutes', now(), now(), 0);
INSERT INTO claim (id, reservation_id, tenant_id, resource_id, service_id, starts_at, ends_at, footprint_start,
                   footprint_end, seats, active)
  VALUES (gen_random_uuid(), :rid, 'pgbench', :res, gen_random_uuid(), :st, :st::timestamptz + interval '30 minutes',
          :st, :st::timestamptz + interval '30 minutes', 1, true);
INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, published_at)
  VALUES (gen_random_uuid(), 'pgbench', 'horae.reservations', 'reservation.held.v1', :rid,
          '{"reservationId":"x","lines":[{"resourceId":"x","serviceId":"x","start":"x","end":"x"}]}', now(), now());
COMMIT;
BEGIN;
SELECT id, status, version FROM reservation WHERE id = :rid FOR UPDATE;
UPDATE reservation SET status = 'CONFIRMED', booking_id = gen_random_uuid(), updated_at = now(), version = version + 1
  WHERE id = :rid;
SELECT id FROM claim WHERE reservation_id = :rid;
INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, published_at)
  VALUES (gen_random_uuid(), 'pgbench', 'horae.reservations', 'reservation.confirmed.v1', :rid,
          '{"reservationId":"x","bookingId":"x"}', now(), now());
COMMIT;
