-- Custom values are defined for customers or for bookings (Reservanto's event definitions); a key is unique within
-- its scope.
ALTER TABLE custom_value_definition ADD COLUMN scope TEXT NOT NULL DEFAULT 'CUSTOMER'
    CHECK (scope IN ('CUSTOMER', 'BOOKING'));
ALTER TABLE custom_value_definition DROP CONSTRAINT custom_value_definition_tenant_id_key_key;
ALTER TABLE custom_value_definition ADD CONSTRAINT custom_value_definition_key UNIQUE (tenant_id, scope, key);
