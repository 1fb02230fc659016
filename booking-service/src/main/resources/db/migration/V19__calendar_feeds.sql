-- iCalendar feeds a calendar subscribes to by a secret URL: a resource's bookings (for its staff) or a customer's.
-- The secret is stored only as its SHA-256 digest; a revoked feed answers nothing.
CREATE TABLE calendar_feed (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    resource_id UUID,
    customer_id UUID,
    time_zone   TEXT        NOT NULL,
    digest      BYTEA       NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    CHECK ((resource_id IS NULL) <> (customer_id IS NULL))
);

CREATE INDEX calendar_feed_by_tenant ON calendar_feed (tenant_id, created_at);
