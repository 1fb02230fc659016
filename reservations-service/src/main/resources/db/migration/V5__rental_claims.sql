-- A rental claims a resource for a period without a service: exclusive, its footprint the period itself.
ALTER TABLE claim ALTER COLUMN service_id DROP NOT NULL;
