-- A booking's custom values (Reservanto's event custom values), checked against customer-service's definitions of
-- scope BOOKING when they are set.
ALTER TABLE booking ADD COLUMN custom_values JSONB NOT NULL DEFAULT '{}';
