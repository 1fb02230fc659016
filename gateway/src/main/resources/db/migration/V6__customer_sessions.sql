-- A customer signed in on a booking page ("my bookings") with a one-time login token: the session's secret is kept
-- only as its SHA-256 digest (it is 256 random bits), and it ends at expires_at or when the customer signs out.
create table customer_session (
    digest      bytea primary key,
    tenant_id   text not null references tenant (id),
    customer_id uuid not null,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now()
);

create index customer_session_expiry on customer_session (expires_at);
