-- Kernel tables shared by every service (ARCHITECTURE.md invariant 2). Kernel migrations are numbered V0_n so
-- they sort before a service's own V1, V2, ...; flyway out-of-order lets a later V0_n join an existing schema.

CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    tenant_id    TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    aggregate_id TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Wakes the relay when a transaction that wrote events commits (notifications are delivered on commit only).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('horae_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

CREATE TABLE inbox_event (
    consumer    TEXT        NOT NULL,
    event_id    UUID        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
