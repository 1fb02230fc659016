-- Counting a tenant's open holds (the cap against hoarding slots) reads only this partial index.
CREATE INDEX reservation_held_by_tenant ON reservation (tenant_id, expires_at) WHERE status = 'HELD';
