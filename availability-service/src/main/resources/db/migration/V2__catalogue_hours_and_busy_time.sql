CREATE TABLE resource (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    location_id UUID        NOT NULL REFERENCES location (id),
    name        TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('STAFF', 'ROOM', 'EQUIPMENT')),
    tags        TEXT[]      NOT NULL DEFAULT '{}',
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX resource_by_location ON resource (tenant_id, location_id);

-- A bookable service (Reservanto BookingService); names per language, e.g. {"en": "Haircut", "cs": "Střih"}.
CREATE TABLE service (
    id                    UUID          PRIMARY KEY,
    tenant_id             TEXT          NOT NULL,
    names                 JSONB         NOT NULL,
    default_language      TEXT          NOT NULL,
    duration_minutes      INT           NOT NULL CHECK (duration_minutes > 0),
    buffer_before_minutes INT           NOT NULL DEFAULT 0 CHECK (buffer_before_minutes >= 0),
    buffer_after_minutes  INT           NOT NULL DEFAULT 0 CHECK (buffer_after_minutes >= 0),
    step_minutes          INT           NOT NULL CHECK (step_minutes > 0),
    capacity              INT           NOT NULL DEFAULT 1 CHECK (capacity > 0),
    price                 NUMERIC(12,2) CHECK (price >= 0),
    currency              CHAR(3),
    vat_rate              NUMERIC(5,2)  CHECK (vat_rate BETWEEN 0 AND 100),
    minimum_notice_minutes INT          NOT NULL DEFAULT 0 CHECK (minimum_notice_minutes >= 0),
    maximum_days_ahead    INT           NOT NULL DEFAULT 365 CHECK (maximum_days_ahead >= 0),
    requires_confirmation BOOLEAN       NOT NULL DEFAULT FALSE,
    segment               TEXT,
    created_at            TIMESTAMPTZ   NOT NULL
);

CREATE TABLE resource_service (
    resource_id UUID NOT NULL REFERENCES resource (id),
    service_id  UUID NOT NULL REFERENCES service (id),
    PRIMARY KEY (resource_id, service_id)
);
CREATE INDEX resource_service_by_service ON resource_service (service_id);

-- Weekly opening per resource in its location's wall-clock time; end 00:00 means midnight after.
CREATE TABLE working_hours_rule (
    id          UUID PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    resource_id UUID NOT NULL REFERENCES resource (id),
    day_of_week INT  NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time  TIME NOT NULL,
    end_time    TIME NOT NULL,
    CHECK (end_time > start_time OR end_time = '00:00')
);
CREATE INDEX working_hours_rule_by_resource ON working_hours_rule (resource_id);

-- A date's own hours replacing the weekly rule; a row with no times closes the date.
CREATE TABLE working_hours_exception (
    id          UUID PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    resource_id UUID NOT NULL REFERENCES resource (id),
    date        DATE NOT NULL,
    start_time  TIME,
    end_time    TIME,
    CHECK ((start_time IS NULL) = (end_time IS NULL))
);
CREATE INDEX working_hours_exception_by_resource ON working_hours_exception (resource_id, date);

CREATE TABLE holiday (
    id          UUID PRIMARY KEY,
    tenant_id   TEXT NOT NULL,
    location_id UUID NOT NULL REFERENCES location (id),
    date        DATE NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (location_id, date)
);

-- Time off of a resource (Reservanto FreeTime).
CREATE TABLE free_time (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    resource_id UUID        NOT NULL REFERENCES resource (id),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX free_time_by_resource ON free_time (resource_id, starts_at);

-- A scheduled occurrence of a class service (Reservanto Classes).
CREATE TABLE class_occurrence (
    id          UUID        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    service_id  UUID        NOT NULL REFERENCES service (id),
    resource_id UUID        NOT NULL REFERENCES resource (id),
    location_id UUID        NOT NULL REFERENCES location (id),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    capacity    INT         NOT NULL CHECK (capacity > 0),
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX class_occurrence_by_location ON class_occurrence (tenant_id, location_id, starts_at);

-- Busy time projected from horae.reservations: one row per claimed line, removed when the claim ends.
CREATE TABLE busy_interval (
    claim_id        UUID        PRIMARY KEY,
    reservation_id  UUID        NOT NULL,
    tenant_id       TEXT        NOT NULL,
    resource_id     UUID        NOT NULL,
    service_id      UUID        NOT NULL,
    class_id        UUID,
    footprint_start TIMESTAMPTZ NOT NULL,
    footprint_end   TIMESTAMPTZ NOT NULL,
    seats           INT         NOT NULL DEFAULT 1 CHECK (seats > 0)
);
CREATE INDEX busy_interval_by_resource ON busy_interval (resource_id, footprint_start);
CREATE INDEX busy_interval_by_reservation ON busy_interval (reservation_id);
CREATE INDEX busy_interval_by_class ON busy_interval (class_id) WHERE class_id IS NOT NULL;
