-- Where product reservations come from (CareCloud product_reservation_source_id: e-shop, store, phone, …) as a
-- catalogue the merchant defines, and the benefit codes a reservation was made with.
CREATE TABLE product_reservation_source (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT product_reservation_source_name UNIQUE (tenant_id, name)
);
-- a source named before the catalogue existed becomes an entry of it, so every reservation's source is one
INSERT INTO product_reservation_source (id, tenant_id, name, created_at)
SELECT DISTINCT ON (source_id) source_id, tenant_id, 'Source ' || left(CAST(source_id AS text), 8), now()
FROM product_reservation WHERE source_id IS NOT NULL;
ALTER TABLE product_reservation ADD COLUMN benefit_codes TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX product_stock_by_store ON product_stock (tenant_id, store_id);
