-- A state that holds work still to be done outside the database (a conversation's replies not yet sent) is flagged
-- with the time it first did, so that if its silo dies, a sweep finds it and wakes its grain on another silo. This
-- replaces one Orleans reminder per conversation (a registration, ticks and a removal, each a statement of its own)
-- with a column written by the grain's own batched write and one indexed query per silo per period.

ALTER TABLE grain_state ADD COLUMN pending_since timestamptz NULL;

CREATE INDEX ix_grain_state_pending ON grain_state (service_id, state_name, pending_since)
    WHERE pending_since IS NOT NULL;

-- Conversations the replaced reminders were watching are flagged for the sweep, and the reminders go: their grains no
-- longer take reminder ticks.
UPDATE grain_state g
SET pending_since = g.modified_at
FROM OrleansRemindersTable r
WHERE r.ReminderName = 'outbox' AND r.ServiceId = g.service_id AND r.GrainId = g.grain_id;

DELETE FROM OrleansRemindersTable WHERE ReminderName = 'outbox';
