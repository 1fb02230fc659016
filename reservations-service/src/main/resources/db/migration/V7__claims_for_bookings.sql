-- A reservation may be claimed for a booking directly (booking-service names the reservation id and the booking),
-- lasting until released: it then has no expiry. A release of a reservation id that was never claimed leaves a
-- RELEASED row behind, so a claim arriving after it (a slow request its caller gave up on) is refused.
ALTER TABLE reservation ALTER COLUMN expires_at DROP NOT NULL;
ALTER TABLE reservation ADD CONSTRAINT held_until CHECK (status <> 'HELD' OR expires_at IS NOT NULL);

-- One rule for every claim on a resource's time: claims overlap only when they share one start of a service with
-- capacity (the same capacity_key, counted in capacity_counter); an exclusive claim (its key null, so its own id)
-- overlaps nothing. Class seats are counted per class and stay out: classes block a resource through the catalogue.
ALTER TABLE claim DROP CONSTRAINT claim_no_overlap;
ALTER TABLE claim ADD CONSTRAINT claim_no_overlap EXCLUDE USING gist (
    tenant_id WITH =, resource_id WITH =, tstzrange(footprint_start, footprint_end) WITH &&,
    (coalesce(capacity_key, id::text)) WITH <>
) WHERE (active AND resource_id IS NOT NULL AND class_id IS NULL);
