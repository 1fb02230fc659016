-- A service the merchant retires stays for the bookings that have it (active = false), hidden from new ones, as a
-- resource already could. Busy time remembers its booking, so that a change to the catalogue can list the bookings
-- it affects; what uses a service is found by its busy time.
ALTER TABLE service ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE busy_interval ADD COLUMN booking_id UUID;
CREATE INDEX busy_interval_by_service ON busy_interval (service_id, footprint_start) WHERE service_id IS NOT NULL;
