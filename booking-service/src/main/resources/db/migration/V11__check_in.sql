-- A customer who came: the ticket (QR) scanned at the door, once.
ALTER TABLE booking ADD COLUMN checked_in_at TIMESTAMPTZ;
