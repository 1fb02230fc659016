-- Customers waiting for a taken slot (a service on a resource at a start) or a seat in a full class. The first in
-- line is offered the slot when it frees, as a hold of their own for a short window.
CREATE TABLE waitlist_entry (
    id               UUID        PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    customer_id      UUID        NOT NULL,
    resource_id      UUID,
    service_id       UUID,
    start_at         TIMESTAMPTZ,
    class_id         UUID,
    seats            INTEGER     NOT NULL DEFAULT 1 CHECK (seats > 0),
    status           TEXT        NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'LAPSED', 'LEFT')),
    reservation_id   UUID,
    offer_expires_at TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CHECK (class_id IS NOT NULL OR (resource_id IS NOT NULL AND service_id IS NOT NULL AND start_at IS NOT NULL))
);

CREATE INDEX waitlist_for_slot ON waitlist_entry (tenant_id, resource_id, start_at, created_at) WHERE status = 'WAITING';
CREATE INDEX waitlist_for_class ON waitlist_entry (tenant_id, class_id, created_at) WHERE status = 'WAITING';
CREATE INDEX waitlist_by_reservation ON waitlist_entry (tenant_id, reservation_id);
