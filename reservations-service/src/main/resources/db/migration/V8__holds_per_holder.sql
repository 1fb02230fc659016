-- A client's hold remembers the address it came from (the gateway tells it), so that one customer and one client
-- address can hold only a few starts at once besides the tenant's cap (slot hoarding, OWASP API6).
ALTER TABLE reservation ADD COLUMN client_address TEXT;
CREATE INDEX reservation_held_by_customer ON reservation (tenant_id, customer_id) WHERE status = 'HELD';
CREATE INDEX reservation_held_by_client ON reservation (tenant_id, client_address) WHERE status = 'HELD';
