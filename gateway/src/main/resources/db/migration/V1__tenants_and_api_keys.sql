-- Tenants and the API keys that act for them. Keys are stored only as SHA-256 digests: a key is 256 random bits,
-- so a fast digest is enough and a stolen table reveals no usable key.
create table tenant (
    id                  text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name                text not null check (length(name) between 1 and 200),
    requests_per_second integer check (requests_per_second between 1 and 100000),
    burst               integer check (burst between 1 and 100000),
    created_at          timestamptz not null default now()
);

create table api_key (
    id         uuid primary key,
    tenant_id  text not null references tenant (id),
    name       text not null check (length(name) between 1 and 200),
    digest     bytea not null unique,
    hint       text not null,
    scopes     text[] not null,
    -- a short-time token is a child of the key that asked for it: it has the key's scopes and dies with it
    parent_id  uuid references api_key (id),
    expires_at timestamptz,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    check (parent_id is null or expires_at is not null)
);

create index api_key_by_tenant on api_key (tenant_id, created_at) where parent_id is null;
create index api_key_children on api_key (parent_id) where parent_id is not null;
