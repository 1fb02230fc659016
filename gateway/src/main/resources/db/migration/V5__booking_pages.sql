-- A tenant's public booking page (/book/{tenant}): whether it is on, how it is titled and coloured, which services
-- customers may book on it (null: every active service) and which sites may embed it (CSP frame-ancestors, CORS).
create table booking_page (
    tenant_id     text primary key references tenant (id),
    enabled       boolean not null,
    title         text not null check (length(title) between 1 and 200),
    colour        text not null check (colour ~ '^#[0-9a-f]{6}$'),
    service_ids   uuid[],
    embed_origins text[] not null check (cardinality(embed_origins) <= 20),
    updated_at    timestamptz not null default now()
);
