-- booking-service's SQL for one booking (BookingService.create/commitNew): the service snapshot read, the hold
-- written down in flight, then the commit: the in-flight row settled, the reference counted, the booking, its
-- activity, its event and the waiting-list check. Events are written as already published (the relay skips them).
SELECT gen_random_uuid() AS bid, gen_random_uuid() AS rid \gset
SELECT * FROM service_snapshot WHERE tenant_id = 'pgbench' AND service_id IN (gen_random_uuid());
INSERT INTO hold_in_flight (reservation_id, tenant_id, booking_id, created_at) VALUES (:rid, 'pgbench', :bid, now());
BEGIN;
DELETE FROM hold_in_flight WHERE reservation_id = :rid;
INSERT INTO booking_reference (tenant_id, last) VALUES ('pgbench', 1)
  ON CONFLICT (tenant_id) DO UPDATE SET last = booking_reference.last + 1 RETURNING last \gset
INSERT INTO booking (id, tenant_id, reference, kind, status, customer_id, reservation_id, starts_at, ends_at, lines,
                     payment_status, paid, created_at, updated_at, version)
  VALUES (:bid, 'pgbench', 'B' || :last::text, 'ONE_TO_ONE', 'CONFIRMED', gen_random_uuid(), :rid, now() + interval '2 days',
          now() + interval '2 days 30 minutes', '[{"resourceId":"x","serviceId":"x","start":"x","end":"x","seats":1}]',
          'UNPAID', 0, now(), now(), 0);
INSERT INTO booking_activity (tenant_id, booking_id, type, status, actor, detail, at)
  VALUES ('pgbench', :bid, 'created', 'CONFIRMED', 'MERCHANT', 'B' || :last::text, now());
INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, published_at)
  VALUES (gen_random_uuid(), 'pgbench', 'horae.bookings', 'booking.created.v1', :bid,
          '{"bookingId":"x","reference":"B1","reservationId":"x","status":"CONFIRMED"}', now(), now());
UPDATE waitlist_entry SET status = 'BOOKED', updated_at = now()
  WHERE tenant_id = 'pgbench' AND reservation_id = :rid AND status = 'OFFERED';
COMMIT;
