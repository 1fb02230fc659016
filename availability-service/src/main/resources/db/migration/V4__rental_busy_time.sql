-- A rental claims a resource for a period without a service.
ALTER TABLE busy_interval ALTER COLUMN service_id DROP NOT NULL;
