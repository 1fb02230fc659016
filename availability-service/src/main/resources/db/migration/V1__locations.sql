CREATE TABLE location (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    time_zone  TEXT        NOT NULL,
    street     TEXT,
    city       TEXT,
    zip_code   TEXT,
    country    TEXT,
    latitude   DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude  DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX location_by_tenant ON location (tenant_id, name);
