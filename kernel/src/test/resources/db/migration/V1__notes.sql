CREATE TABLE note (
    id        UUID PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    text      TEXT NOT NULL
);

CREATE TABLE note_tally (
    note_id    UUID PRIMARY KEY,
    deliveries INT  NOT NULL
);
