-- Numbers came from one sequence for every tenant, so a tenant could read the platform's volume from the gaps between
-- its own numbers. Each tenant and kind now counts on its own: the numbers already given stay as they are (clients
-- keep them), later ones continue from the highest a tenant has of that kind.
create table numeric_id_counter (
    tenant_id text   not null references tenant (id),
    kind      text   not null,
    last      bigint not null,
    primary key (tenant_id, kind)
);

insert into numeric_id_counter (tenant_id, kind, last)
select tenant_id, kind, max(number) from numeric_id group by tenant_id, kind;

alter table numeric_id drop constraint numeric_id_pkey;
alter table numeric_id alter column number drop identity;
alter table numeric_id add primary key (tenant_id, kind, number);
