-- A retired location is kept for the bookings and history that name it; it takes no new resources.
ALTER TABLE location ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
