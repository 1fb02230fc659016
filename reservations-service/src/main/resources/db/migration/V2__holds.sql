-- Holds on capacity (ARCHITECTURE.md invariant 1): the database itself refuses a double booking.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE reservation (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    customer_id UUID,
    booking_id  UUID,
    expires_at  TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX reservation_expiring ON reservation (expires_at) WHERE status = 'HELD';
CREATE INDEX reservation_by_tenant ON reservation (tenant_id, created_at);

-- One line of a reservation. An exclusive claim (capacity_key null) may not overlap another active exclusive
-- claim on the same resource, buffers included; a shared claim counts against capacity_counter instead.
CREATE TABLE claim (
    id              UUID        PRIMARY KEY,
    reservation_id  UUID        NOT NULL REFERENCES reservation (id),
    tenant_id       TEXT        NOT NULL,
    resource_id     UUID        NOT NULL,
    service_id      UUID        NOT NULL,
    class_id        UUID,
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    footprint_start TIMESTAMPTZ NOT NULL,
    footprint_end   TIMESTAMPTZ NOT NULL,
    seats           INT         NOT NULL DEFAULT 1 CHECK (seats > 0),
    capacity_key    TEXT,
    active          BOOLEAN     NOT NULL DEFAULT TRUE,
    CHECK (footprint_end > footprint_start),
    CONSTRAINT claim_no_overlap EXCLUDE USING gist (
        tenant_id WITH =, resource_id WITH =, tstzrange(footprint_start, footprint_end) WITH &&
    ) WHERE (active AND capacity_key IS NULL)
);
CREATE INDEX claim_by_reservation ON claim (reservation_id);

-- Seats taken of a shared start (a class, or a service with capacity above one), changed by one conditional
-- statement so that concurrent claims can never take more than there is.
CREATE TABLE capacity_counter (
    tenant_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    capacity  INT  NOT NULL CHECK (capacity > 0),
    used      INT  NOT NULL,
    PRIMARY KEY (tenant_id, key),
    CONSTRAINT capacity_not_exceeded CHECK (used BETWEEN 0 AND capacity)
);
