CREATE TABLE customer (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    first_name TEXT        NOT NULL,
    last_name  TEXT        NOT NULL,
    email      TEXT,
    phone      TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX customer_by_tenant ON customer (tenant_id, created_at);
