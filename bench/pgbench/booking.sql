-- booking-service's SQL for one booking (placement/Placement): the service snapshot read, the claim written down in
-- flight, then the commit: the claim settled, the booking, its activity and its event. (References come from blocks of
-- 32 taken once per block; the idempotency key only with a key.) Events are written as already published.
SELECT gen_random_uuid() AS bid, gen_random_uuid() AS rid \gset
SELECT service_id, names, default_language, duration_minutes, price, currency, requires_confirmation,
       cancellation_cutoff_minutes FROM service_snapshot WHERE tenant_id = 'pgbench' AND service_id = ANY (ARRAY[gen_random_uuid()]);
INSERT INTO claim_in_flight (reservation_id, tenant_id, booking_id, created_at) VALUES (:rid, 'pgbench', :bid, now());
BEGIN;
DELETE FROM claim_in_flight WHERE reservation_id = :rid AND given_up_at IS NULL;
INSERT INTO booking (id, tenant_id, reference, kind, status, customer_id, reservation_id, starts_at, ends_at, lines,
                     note, payment_status, paid, price, currency, expires_at, status_reason, created_at, updated_at,
                     version)
  VALUES (:bid, 'pgbench', 'P' || :bid::text, 'ONE_TO_ONE', 'CONFIRMED', NULL, :rid, now() + interval '2 days',
          now() + interval '2 days 30 minutes', '[{"resourceId":"x","serviceId":"x","start":"x","end":"x","seats":1}]',
          NULL, 'UNPAID', 0, 40, 'EUR', NULL, NULL, now(), now(), 0);
INSERT INTO booking_activity (tenant_id, booking_id, type, status, actor, detail, at)
  VALUES ('pgbench', :bid, 'created', 'CONFIRMED', 'MERCHANT', 'B000001', now());
INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, published_at)
  VALUES (gen_random_uuid(), 'pgbench', 'horae.bookings', 'booking.created.v1', :bid,
          '{"bookingId":"x","reference":"B1","reservationId":"x","status":"CONFIRMED"}', now(), now());
COMMIT;
