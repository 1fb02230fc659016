-- A claim asked of reservations-service for a booking not committed yet (formerly a hold confirmed in flight). The
-- booking's commit deletes it; one past the grace period is given up (given_up_at), which no commit can undo, and
-- released. Booking references are handed out in blocks per process, so a tenant's bookings do not queue on one row.
ALTER TABLE hold_in_flight RENAME TO claim_in_flight;
ALTER INDEX hold_in_flight_by_age RENAME TO claim_in_flight_by_age;
ALTER TABLE claim_in_flight ADD COLUMN given_up_at TIMESTAMPTZ;
CREATE INDEX claim_in_flight_given_up ON claim_in_flight (given_up_at) WHERE given_up_at IS NOT NULL;
