-- A customer may wait for a whole course (a class series, booked as a whole): they are offered it only when every
-- class of it still to come has a seat, as one hold of a seat in each.
ALTER TABLE waitlist_entry ADD COLUMN course_id UUID;
ALTER TABLE waitlist_entry DROP CONSTRAINT waitlist_entry_check;
ALTER TABLE waitlist_entry ADD CONSTRAINT waitlist_entry_what CHECK (course_id IS NOT NULL OR class_id IS NOT NULL
    OR (resource_id IS NOT NULL AND service_id IS NOT NULL AND start_at IS NOT NULL));
CREATE INDEX waitlist_for_course ON waitlist_entry (tenant_id, course_id, created_at) WHERE status = 'WAITING';

-- The classes of each course, followed from catalog.class_scheduled.v1 (a class's series) and class_cancelled.v1.
CREATE TABLE course_class (
    class_id  UUID        PRIMARY KEY,
    tenant_id TEXT        NOT NULL,
    course_id UUID        NOT NULL,
    start_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX course_class_of_course ON course_class (tenant_id, course_id, start_at);
