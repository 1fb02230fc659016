-- What a customer may pay with on the booking page (a voucher code, the credit of their account), and the page's
-- logo: an image the tenant's admin uploads, served from the gateway itself so that the page loads nothing from
-- elsewhere (its CSP stays 'self').
alter table booking_page
    add column online_payments text[] not null default '{voucher,credit}'
        check (online_payments <@ array['voucher', 'credit']);

create table booking_page_logo (
    tenant_id  text primary key references tenant (id),
    media_type text not null check (media_type in ('image/png', 'image/jpeg', 'image/webp')),
    image      bytea not null check (length(image) <= 65536),
    updated_at timestamptz not null default now()
);
