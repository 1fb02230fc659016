CREATE TABLE product (
    id         UUID          PRIMARY KEY,
    tenant_id  TEXT          NOT NULL,
    name       TEXT          NOT NULL,
    price      NUMERIC(12,2) NOT NULL CHECK (price >= 0),
    currency   CHAR(3)       NOT NULL,
    vat_rate   NUMERIC(5,2)  NOT NULL CHECK (vat_rate >= 0 AND vat_rate <= 100),
    created_at TIMESTAMPTZ   NOT NULL
);

CREATE INDEX product_by_tenant ON product (tenant_id, name);
