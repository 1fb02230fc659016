-- A subscription is paused (active false: its deliveries wait) and resumed; one that ended (deleted, or its receiver
-- gone for good) stays ended. A rotated secret keeps signing beside the new one until previous_secret_until, so a
-- receiver can switch without losing a delivery.
ALTER TABLE webhook_subscription
    ADD COLUMN ended_at TIMESTAMPTZ,
    ADD COLUMN previous_secret TEXT,
    ADD COLUMN previous_secret_until TIMESTAMPTZ;
-- before pausing existed, an inactive subscription was an ended one
UPDATE webhook_subscription SET ended_at = now() WHERE NOT active;
