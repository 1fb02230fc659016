-- Each payment a booking received and how to give it back: a credit amount, a pass use, a voucher.
CREATE TABLE booking_payment (
    id          UUID          PRIMARY KEY,
    tenant_id   TEXT          NOT NULL,
    booking_id  UUID          NOT NULL REFERENCES booking (id),
    method      TEXT          NOT NULL CHECK (method IN ('EXTERNAL', 'CREDIT', 'PASS', 'VOUCHER')),
    amount      NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    pass_id     UUID,
    use_id      UUID,
    code        TEXT,
    created_at  TIMESTAMPTZ   NOT NULL,
    refunded_at TIMESTAMPTZ
);

CREATE INDEX booking_payment_by_booking ON booking_payment (booking_id);
