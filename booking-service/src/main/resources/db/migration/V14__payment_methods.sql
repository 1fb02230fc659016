-- The ways a merchant takes money itself (cash, card, transfer: Reservanto's payment methods); a payment the
-- merchant took (EXTERNAL) may name the one it came by. Retired ones are kept for the payments that name them.
CREATE TABLE payment_method (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT payment_method_name UNIQUE (tenant_id, name)
);

ALTER TABLE booking_payment ADD COLUMN payment_method_id UUID REFERENCES payment_method (id);
