-- Inbox records are pruned by age (outbox/EventRetention); outbox rows by sequence, which follows their age.
CREATE INDEX inbox_event_by_age ON inbox_event (received_at);
