-- Resource tags (Reservanto Tag/GetListForResource) and service segments (Segment/GetList) as catalogues of their
-- own: each name a resource or service carries is a row, made when first carried; renaming one renames it on them.
CREATE TABLE resource_tag (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT resource_tag_name UNIQUE (tenant_id, name)
);
INSERT INTO resource_tag (id, tenant_id, name, created_at)
SELECT gen_random_uuid(), tenant_id, tag, now()
FROM (SELECT DISTINCT tenant_id, unnest(tags) AS tag FROM resource) carried;

CREATE TABLE segment (
    id         UUID        PRIMARY KEY,
    tenant_id  TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT segment_name UNIQUE (tenant_id, name)
);
INSERT INTO segment (id, tenant_id, name, created_at)
SELECT gen_random_uuid(), tenant_id, segment, now()
FROM (SELECT DISTINCT tenant_id, segment FROM service WHERE segment IS NOT NULL) named;
