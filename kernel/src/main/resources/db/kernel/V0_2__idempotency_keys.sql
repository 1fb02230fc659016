-- Responses of creating calls by Idempotency-Key (ARCHITECTURE.md invariant 4), written in the same transaction
-- as the call's effect.
CREATE TABLE idempotency_key (
    tenant_id       TEXT        NOT NULL,
    key             TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    response_status INT         NOT NULL,
    response_body   TEXT,
    location        TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
