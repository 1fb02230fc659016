-- Price levels (member, child, …; Reservanto PriceLevel): a service's own price at a level, by the level's id; a
-- booking that names a level is priced by it.
CREATE TABLE price_level (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT price_level_name UNIQUE (tenant_id, name)
);
ALTER TABLE service ADD COLUMN level_prices JSONB NOT NULL DEFAULT '{}';
