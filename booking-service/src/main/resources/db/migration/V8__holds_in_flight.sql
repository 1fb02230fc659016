-- A hold confirmed for a booking that is not committed yet. The booking's commit deletes the row in its own
-- transaction; a row left behind (the process died in between) is released after a grace period.
CREATE TABLE hold_in_flight (
    reservation_id UUID        PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    booking_id     UUID        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX hold_in_flight_by_age ON hold_in_flight (created_at);
