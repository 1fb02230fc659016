-- One row per event and subscription that wants it; sent from here with retries, never inside a request.
CREATE TABLE webhook_delivery (
    id              UUID        PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    subscription_id UUID        NOT NULL REFERENCES webhook_subscription (id),
    event_id        UUID        NOT NULL,
    event_type      TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    gone            INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_by_subscription ON webhook_delivery (subscription_id, created_at);
