-- A retired custom value is required of nobody and left off forms; the values customers have are kept.
ALTER TABLE custom_value_definition ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
