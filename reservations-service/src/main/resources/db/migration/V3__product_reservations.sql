-- Stock of reservable products per store (a location), never negative.
CREATE TABLE product_stock (
    tenant_id  TEXT NOT NULL,
    product_id UUID NOT NULL REFERENCES product (id),
    store_id   UUID NOT NULL,
    quantity   INT  NOT NULL CONSTRAINT stock_never_negative CHECK (quantity >= 0),
    PRIMARY KEY (product_id, store_id)
);

-- Reservation codes count up per tenant.
CREATE TABLE reservation_code_sequence (
    tenant_id TEXT   PRIMARY KEY,
    last      BIGINT NOT NULL
);

-- Product reservations for pickup (CareCloud product-reservations); state 0-8 as CareCloud numbers them.
CREATE TABLE product_reservation (
    id               UUID          PRIMARY KEY,
    tenant_id        TEXT          NOT NULL,
    customer_id      UUID          NOT NULL,
    store_id         UUID          NOT NULL,
    source_id        UUID,
    reservation_code BIGINT        NOT NULL,
    pickup_date      DATE,
    customers_note   TEXT,
    comments         TEXT[]        NOT NULL DEFAULT '{}',
    total_price      NUMERIC(12,2),
    currency         CHAR(3),
    state            INT           NOT NULL CHECK (state BETWEEN 0 AND 8),
    last_change      TIMESTAMPTZ   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, reservation_code)
);
CREATE INDEX product_reservation_by_customer ON product_reservation (tenant_id, customer_id);
CREATE INDEX product_reservation_by_store ON product_reservation (tenant_id, store_id, state);

CREATE TABLE product_reservation_item (
    id                     UUID          PRIMARY KEY,
    product_reservation_id UUID          NOT NULL REFERENCES product_reservation (id),
    product_id             UUID          NOT NULL REFERENCES product (id),
    amount                 INT           NOT NULL CHECK (amount > 0),
    unit_price             NUMERIC(12,2),
    vat_rate               NUMERIC(5,2),
    position               INT           NOT NULL
);
CREATE INDEX product_reservation_item_by_reservation ON product_reservation_item (product_reservation_id);

CREATE TABLE product_reservation_external_code (
    product_reservation_id UUID NOT NULL REFERENCES product_reservation (id),
    external_code_type_id  INT  NOT NULL,
    value                  TEXT NOT NULL,
    PRIMARY KEY (product_reservation_id, external_code_type_id, value)
);

CREATE TABLE product_reservation_state (
    id                     UUID        PRIMARY KEY,
    product_reservation_id UUID        NOT NULL REFERENCES product_reservation (id),
    state                  INT         NOT NULL,
    changed_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX product_reservation_state_by_reservation ON product_reservation_state (product_reservation_id, changed_at);
