-- A product line (Recras book_products) claims pieces of a product, from a store's stock when it names a location;
-- it blocks no resource, so it has no resource, end or footprint and never meets the exclusion constraint.
ALTER TABLE claim ALTER COLUMN resource_id DROP NOT NULL;
ALTER TABLE claim ALTER COLUMN footprint_start DROP NOT NULL;
ALTER TABLE claim ALTER COLUMN footprint_end DROP NOT NULL;
ALTER TABLE claim ADD COLUMN product_id UUID REFERENCES product (id);
ALTER TABLE claim ADD COLUMN location_id UUID;
ALTER TABLE claim ADD CONSTRAINT claim_on_resource_or_product CHECK (
    (resource_id IS NOT NULL AND footprint_start IS NOT NULL AND footprint_end IS NOT NULL AND product_id IS NULL)
    OR (product_id IS NOT NULL AND resource_id IS NULL AND footprint_start IS NULL AND footprint_end IS NULL));
