-- Customer tags as a catalogue of their own (Reservanto Tag/GetListForCustomer): each tag a customer carries is a
-- row, made when a customer first carries it; renaming one renames it on its customers.
CREATE TABLE customer_tag (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT customer_tag_name UNIQUE (tenant_id, name)
);
INSERT INTO customer_tag (id, tenant_id, name, created_at)
SELECT gen_random_uuid(), tenant_id, tag, now()
FROM (SELECT DISTINCT tenant_id, unnest(tags) AS tag FROM customer) carried;
