-- A class occurrence the merchant cancelled stays, marked, for the bookings and the history that name it.
ALTER TABLE class_occurrence ADD COLUMN cancelled_at TIMESTAMPTZ, ADD COLUMN cancel_reason TEXT;
