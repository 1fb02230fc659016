-- Bookings: the customer-facing record of a claim on capacity. The claim itself lives in reservations-service;
-- reservation_id points at it, one booking per reservation.
CREATE TABLE booking (
    id             UUID        PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    reference      TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    customer_id    UUID,
    reservation_id UUID        NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    lines          TEXT        NOT NULL,
    note           TEXT,
    payment_status TEXT        NOT NULL,
    paid           NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    price          NUMERIC(12, 2),
    currency       TEXT,
    expires_at     TIMESTAMPTZ,
    status_reason  TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, reference)
);

CREATE UNIQUE INDEX booking_by_reservation ON booking (tenant_id, reservation_id);
CREATE INDEX booking_by_start ON booking (tenant_id, starts_at);
CREATE INDEX booking_by_customer ON booking (tenant_id, customer_id, starts_at);

-- the last reference number handed out per tenant
CREATE TABLE booking_reference (
    tenant_id TEXT   PRIMARY KEY,
    last      BIGINT NOT NULL
);

-- what happened to bookings, in order; append-only
CREATE TABLE booking_activity (
    id         BIGSERIAL   PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    booking_id UUID        NOT NULL REFERENCES booking (id),
    type       TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    detail     TEXT,
    at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX booking_activity_by_tenant ON booking_activity (tenant_id, at, id);
CREATE INDEX booking_activity_by_booking ON booking_activity (booking_id, id);
CREATE RULE booking_activity_is_append_only_u AS ON UPDATE TO booking_activity DO INSTEAD NOTHING;
CREATE RULE booking_activity_is_append_only_d AS ON DELETE TO booking_activity DO INSTEAD NOTHING;

-- projections of other services' facts, so that reading a booking needs no synchronous call
CREATE TABLE service_snapshot (
    tenant_id             TEXT    NOT NULL,
    service_id            UUID    NOT NULL,
    names                 JSONB   NOT NULL,
    default_language      TEXT    NOT NULL,
    duration_minutes      INTEGER NOT NULL,
    price                 NUMERIC(12, 2),
    currency              TEXT,
    requires_confirmation BOOLEAN NOT NULL,
    PRIMARY KEY (tenant_id, service_id)
);

CREATE TABLE customer_snapshot (
    tenant_id   TEXT NOT NULL,
    customer_id UUID NOT NULL,
    first_name  TEXT,
    last_name   TEXT,
    email       TEXT,
    phone       TEXT,
    PRIMARY KEY (tenant_id, customer_id)
);
