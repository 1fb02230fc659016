-- A number per tenant that every change of its catalogue raises, in the changing transaction. What availability
-- keeps of a catalogue in memory (bookable/CatalogueSnapshots) is checked against it on every use, so no replica
-- answers from a catalogue that has changed since it was read.
CREATE TABLE catalogue_version (
    tenant_id TEXT   PRIMARY KEY,
    version   BIGINT NOT NULL
);

CREATE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed JSONB := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    tenant  TEXT := changed ->> 'tenant_id';
BEGIN
    IF tenant IS NULL THEN
        -- resource_service names its tenant through the resource
        SELECT r.tenant_id INTO tenant FROM resource r WHERE r.id = (changed ->> 'resource_id')::UUID;
    END IF;
    IF tenant IS NOT NULL THEN
        INSERT INTO catalogue_version (tenant_id, version) VALUES (tenant, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET version = catalogue_version.version + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER location_changed AFTER INSERT OR UPDATE OR DELETE ON location
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER resource_changed AFTER INSERT OR UPDATE OR DELETE ON resource
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER service_changed AFTER INSERT OR UPDATE OR DELETE ON service
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER resource_service_changed AFTER INSERT OR UPDATE OR DELETE ON resource_service
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER working_hours_rule_changed AFTER INSERT OR UPDATE OR DELETE ON working_hours_rule
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER working_hours_exception_changed AFTER INSERT OR UPDATE OR DELETE ON working_hours_exception
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER holiday_changed AFTER INSERT OR UPDATE OR DELETE ON holiday
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER free_time_changed AFTER INSERT OR UPDATE OR DELETE ON free_time
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER class_occurrence_changed AFTER INSERT OR UPDATE OR DELETE ON class_occurrence
    FOR EACH ROW EXECUTE FUNCTION catalogue_changed();
