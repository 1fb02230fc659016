ALTER TABLE service_snapshot ADD COLUMN cancellation_cutoff_minutes INTEGER;
