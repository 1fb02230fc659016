-- The W3C traceparent of the transaction that wrote the event (null when it was not traced): the relay continues
-- that trace when it publishes (kernel tracing/EventTraces).
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
