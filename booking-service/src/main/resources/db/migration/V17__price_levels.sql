-- Price levels: a service's own price at the merchant's levels (from catalog.service_changed.v1), and the level a
-- booking was priced at.
ALTER TABLE service_snapshot ADD COLUMN level_prices JSONB;
ALTER TABLE booking ADD COLUMN price_level_id UUID;
