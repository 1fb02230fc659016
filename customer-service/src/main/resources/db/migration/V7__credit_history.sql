-- The merchant's whole credit history by time (Reservanto Credit/GetHistory).
CREATE INDEX credit_entry_by_time ON credit_entry (tenant_id, created_at, id);
