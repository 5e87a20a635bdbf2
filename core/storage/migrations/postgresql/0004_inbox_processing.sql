-- The inbox processor's bookkeeping: when a row may be tried again, who holds it (a lease, so two paydesk-server
-- instances never work on the same row and a crashed one's rows come back), and what it was matched to.

ALTER TABLE webhook_inbox ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE webhook_inbox ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN attempt_id BIGINT;
ALTER TABLE webhook_inbox ADD COLUMN refund_id BIGINT;

CREATE INDEX webhook_inbox_due ON webhook_inbox (state, next_attempt_at, id);
