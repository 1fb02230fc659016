CREATE TABLE webhook_subscription (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    url         TEXT        NOT NULL,
    event_types TEXT[]      NOT NULL CHECK (cardinality(event_types) > 0),
    secret      TEXT        NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX webhook_subscription_by_tenant ON webhook_subscription (tenant_id, created_at);
