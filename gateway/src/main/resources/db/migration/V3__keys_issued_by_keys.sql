-- The key that issued a key (within its tenant): revoking a key revokes every key it issued, and theirs.
alter table api_key add column issued_by uuid references api_key (id);
create index api_key_issued on api_key (issued_by) where issued_by is not null;
