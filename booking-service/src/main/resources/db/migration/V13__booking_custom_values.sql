-- A booking's custom values (Reservanto's event custom values), checked against customer-service's definitions of
-- scope BOOKING when they are set; JSON text, as the lines are.
ALTER TABLE booking ADD COLUMN custom_values TEXT NOT NULL DEFAULT '{}';
