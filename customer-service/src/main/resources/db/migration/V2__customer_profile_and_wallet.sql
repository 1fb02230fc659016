-- Customer profile (Reservanto Customer, Qmatic personal identifier), erasure, search.
ALTER TABLE customer
    ADD COLUMN personal_identifier TEXT,
    ADD COLUMN birth_date          DATE,
    ADD COLUMN note                TEXT,
    ADD COLUMN tags                TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN custom_values       JSONB       NOT NULL DEFAULT '{}',
    ADD COLUMN search_key          TEXT        NOT NULL DEFAULT '',
    ADD COLUMN name_key            TEXT        NOT NULL DEFAULT '',
    ADD COLUMN updated_at          TIMESTAMPTZ,
    ADD COLUMN erased_at           TIMESTAMPTZ,
    ADD COLUMN version             BIGINT      NOT NULL DEFAULT 0;
-- An erased customer keeps its id and nothing personal.
ALTER TABLE customer ALTER COLUMN first_name DROP NOT NULL, ALTER COLUMN last_name DROP NOT NULL;

CREATE UNIQUE INDEX customer_personal_identifier ON customer (tenant_id, personal_identifier)
    WHERE personal_identifier IS NOT NULL;
CREATE INDEX customer_by_name ON customer (tenant_id, name_key) WHERE erased_at IS NULL;

-- Typed custom fields a tenant defines for its customers (Reservanto CustomValue).
CREATE TABLE custom_value_definition (
    id             UUID        PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    key            TEXT        NOT NULL,
    label          TEXT        NOT NULL,
    type           TEXT        NOT NULL CHECK (type IN ('STRING', 'NUMBER', 'BOOLEAN', 'DATE', 'ENUM')),
    allowed_values TEXT[]      NOT NULL DEFAULT '{}',
    required       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, key),
    CHECK (type <> 'ENUM' OR cardinality(allowed_values) > 0)
);

-- Customer accounts (Reservanto CreateAccount / CreateAccountWithPassword / DeleteAccount / Login).
CREATE TABLE customer_account (
    customer_id   UUID        PRIMARY KEY REFERENCES customer (id),
    tenant_id     TEXT        NOT NULL,
    password_hash TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE')),
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE login_token (
    token_hash  TEXT        PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    customer_id UUID        NOT NULL REFERENCES customer (id),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

-- Credit: an append-only ledger; the balance is the last entry's balance_after, never negative.
CREATE TABLE credit_entry (
    id            UUID          PRIMARY KEY,
    tenant_id     TEXT          NOT NULL,
    customer_id   UUID          NOT NULL REFERENCES customer (id),
    seq           INT           NOT NULL,
    amount        NUMERIC(12,2) NOT NULL CHECK (amount <> 0),
    balance_after NUMERIC(12,2) NOT NULL CONSTRAINT credit_never_negative CHECK (balance_after >= 0),
    reason        TEXT,
    reference     TEXT,
    created_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (customer_id, seq)
);

CREATE RULE credit_entry_append_only_update AS ON UPDATE TO credit_entry DO INSTEAD NOTHING;
CREATE RULE credit_entry_append_only_delete AS ON DELETE TO credit_entry DO INSTEAD NOTHING;

-- Passes: prepaid entries with a validity (Reservanto Pass / PassToCustomer / TryUsePass / TryReturnPassUsage).
CREATE TABLE pass_definition (
    id            UUID          PRIMARY KEY,
    tenant_id     TEXT          NOT NULL,
    name          TEXT          NOT NULL,
    entries       INT           NOT NULL CHECK (entries > 0),
    validity_days INT           NOT NULL CHECK (validity_days > 0),
    price         NUMERIC(12,2) CHECK (price >= 0),
    currency      CHAR(3),
    created_at    TIMESTAMPTZ   NOT NULL
);

CREATE TABLE customer_pass (
    id                 UUID        PRIMARY KEY,
    tenant_id          TEXT        NOT NULL,
    customer_id        UUID        NOT NULL REFERENCES customer (id),
    pass_definition_id UUID        NOT NULL REFERENCES pass_definition (id),
    entries_total      INT         NOT NULL CHECK (entries_total > 0),
    entries_left       INT         NOT NULL,
    valid_from         DATE        NOT NULL,
    valid_until        DATE        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT pass_entries_within_bounds CHECK (entries_left BETWEEN 0 AND entries_total),
    CHECK (valid_until >= valid_from)
);
CREATE INDEX customer_pass_by_customer ON customer_pass (tenant_id, customer_id);

CREATE TABLE pass_use (
    id               UUID        PRIMARY KEY,
    customer_pass_id UUID        NOT NULL REFERENCES customer_pass (id),
    reference        TEXT,
    used_at          TIMESTAMPTZ NOT NULL,
    returned_at      TIMESTAMPTZ
);

CREATE TABLE pass_intermission (
    id               UUID PRIMARY KEY,
    customer_pass_id UUID NOT NULL REFERENCES customer_pass (id),
    from_date        DATE NOT NULL,
    to_date          DATE NOT NULL CHECK (to_date >= from_date)
);

-- Vouchers: a code worth an amount or a percentage, redeemed at most once (Reservanto Voucher).
CREATE TABLE voucher (
    id           UUID          PRIMARY KEY,
    tenant_id    TEXT          NOT NULL,
    code         TEXT          NOT NULL,
    amount       NUMERIC(12,2) CHECK (amount > 0),
    currency     CHAR(3),
    percentage   NUMERIC(5,2)  CHECK (percentage > 0 AND percentage <= 100),
    valid_from   TIMESTAMPTZ,
    valid_until  TIMESTAMPTZ,
    redeemed_at  TIMESTAMPTZ,
    redeemed_for TEXT,
    created_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, code),
    CHECK ((amount IS NULL) <> (percentage IS NULL)),
    CHECK ((amount IS NULL) = (currency IS NULL))
);
