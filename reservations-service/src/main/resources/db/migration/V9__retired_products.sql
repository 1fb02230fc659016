-- A product the merchant retires stays for the reservations that have it (active = false), offered to no new one;
-- products carry a category of the merchant's choosing.
ALTER TABLE product ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE, ADD COLUMN category TEXT;
