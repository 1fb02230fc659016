-- A weekly series of classes: the rule it was scheduled by (classes/Recurrence), in the zone of its location when it
-- was scheduled. Its classes are rows of class_occurrence naming it; they are the truth of when each class is, as
-- one of them may be moved or cancelled on its own.
CREATE TABLE class_series (
    id            UUID        PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    service_id    UUID        NOT NULL REFERENCES service (id),
    resource_id   UUID        NOT NULL REFERENCES resource (id),
    location_id   UUID        NOT NULL REFERENCES location (id),
    days          TEXT        NOT NULL,
    local_time    TIME        NOT NULL,
    time_zone     TEXT        NOT NULL,
    first_date    DATE        NOT NULL,
    until_date    DATE,
    date_count    INT,
    except_dates  TEXT        NOT NULL DEFAULT '',
    capacity      INT         NOT NULL CHECK (capacity > 0),
    created_at    TIMESTAMPTZ NOT NULL,
    CHECK ((until_date IS NULL) <> (date_count IS NULL))
);
CREATE INDEX class_series_by_tenant ON class_series (tenant_id, created_at);

ALTER TABLE class_occurrence ADD COLUMN series_id UUID REFERENCES class_series (id);
CREATE INDEX class_occurrence_by_series ON class_occurrence (series_id, starts_at);
