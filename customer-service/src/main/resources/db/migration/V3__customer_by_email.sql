-- Clients that know a customer by e-mail (Recras books for "the customer with this address") look them up exactly.
CREATE INDEX customer_by_email ON customer (tenant_id, email) WHERE erased_at IS NULL AND email IS NOT NULL;
