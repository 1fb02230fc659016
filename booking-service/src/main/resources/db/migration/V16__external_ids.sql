-- The merchant's own identifiers of its objects (Reservanto ExternalIdentifier): each value names one object of a
-- kind per tenant; several may name one object.
CREATE TABLE external_id (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    object_id  UUID        NOT NULL,
    value      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT external_id_value UNIQUE (tenant_id, kind, value)
);
CREATE INDEX external_id_by_object ON external_id (tenant_id, kind, object_id);
