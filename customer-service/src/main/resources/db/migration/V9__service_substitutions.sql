-- Service substitutions (Reservanto ServiceSubstitution): one session of a service owed to a customer for one they
-- missed or that was cancelled, which pays a later booking of that service; used at most once, given back when that
-- booking's payment is undone.
CREATE TABLE service_substitution (
    id               UUID        PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    customer_id      UUID        NOT NULL REFERENCES customer (id),
    service_id       UUID        NOT NULL,
    reason           TEXT,
    origin_reference TEXT,
    valid_until      DATE        NOT NULL,
    used_by          TEXT,
    used_at          TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    CHECK ((used_by IS NULL) = (used_at IS NULL))
);
CREATE INDEX service_substitution_by_customer ON service_substitution (tenant_id, customer_id, valid_until);
