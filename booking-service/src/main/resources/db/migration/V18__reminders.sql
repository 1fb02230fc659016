-- The reminder time of each service, from its catalogue events (null: the default; 0: never), and the reminders
-- sent or found unreachable: a row is claimed before the reminder goes out, so each booking is reminded once on each channel, whichever
-- replica and however many restarts.
ALTER TABLE service_snapshot ADD COLUMN reminder_minutes INTEGER;

CREATE TABLE reminder_sent (
    booking_id UUID NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    sent_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- UNREACHABLE: the customer has no address on the channel (claimed all the same, so it is not asked again)
    outcome    TEXT NOT NULL DEFAULT 'SENT' CHECK (outcome IN ('SENT', 'UNREACHABLE')),
    PRIMARY KEY (booking_id, channel)
);

-- the reminder round's question: confirmed bookings by start, across tenants
CREATE INDEX booking_confirmed_by_start ON booking (starts_at) WHERE status = 'CONFIRMED';
