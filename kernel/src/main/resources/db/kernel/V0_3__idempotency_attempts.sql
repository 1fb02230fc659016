-- An Idempotency-Key is written down when its first call begins (response_status still null: in progress), in a
-- short statement of its own, and completed in the transaction of the call's effect. A call that failed without
-- effect deletes its row; one whose process died is taken over after a while (started_at).
ALTER TABLE idempotency_key ALTER COLUMN response_status DROP NOT NULL;
ALTER TABLE idempotency_key ADD COLUMN started_at TIMESTAMPTZ NOT NULL DEFAULT now();
