-- Reservanto and Recras name things by integers. The gateway gives each object a compatibility route shows a number
-- the first time it shows it; the owning service keeps its UUID. A number is looked up only within its tenant and
-- kind, so another tenant's number is simply unknown.
create table numeric_id (
    number    bigint generated always as identity primary key,
    tenant_id text   not null references tenant (id),
    kind      text   not null check (length(kind) between 1 and 40),
    id        uuid   not null,
    unique (tenant_id, kind, id)
);
