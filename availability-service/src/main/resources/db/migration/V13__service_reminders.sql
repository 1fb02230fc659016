-- How long before the start a customer is reminded of a booking of the service (null: booking-service's default; 0:
-- never; at most 30 days).
ALTER TABLE service ADD COLUMN reminder_minutes INTEGER CHECK (reminder_minutes BETWEEN 0 AND 43200);
