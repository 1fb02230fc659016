-- Product categories as a catalogue of their own (Reservanto ProductCategory/GetList): each category a product names
-- is a row, made when a product first names it; renaming one renames it on its products.
CREATE TABLE product_category (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT product_category_name UNIQUE (tenant_id, name)
);
INSERT INTO product_category (id, tenant_id, name, created_at)
SELECT gen_random_uuid(), tenant_id, category, now()
FROM (SELECT DISTINCT tenant_id, category FROM product WHERE category IS NOT NULL) named;
