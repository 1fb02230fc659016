-- A booking of products has a start but no duration: it may end where it starts.
ALTER TABLE booking DROP CONSTRAINT booking_check;
ALTER TABLE booking ADD CONSTRAINT booking_ends_not_before_start CHECK (ends_at >= starts_at);
