-- How long before the start a customer may still cancel a booking of the service; null: the platform's default.
ALTER TABLE service ADD COLUMN cancellation_cutoff_minutes INTEGER
    CHECK (cancellation_cutoff_minutes BETWEEN 0 AND 525600);
