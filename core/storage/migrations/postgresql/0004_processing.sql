-- Processing bookkeeping. The inbox processor: when a row may be tried again, who holds it (a lease, so two
-- instances never work on the same row and a crashed one's rows come back), and what it was matched to.

ALTER TABLE webhook_inbox ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE webhook_inbox ADD COLUMN claimed_until TIMESTAMPTZ;
ALTER TABLE webhook_inbox ADD COLUMN attempt_id BIGINT;
ALTER TABLE webhook_inbox ADD COLUMN refund_id BIGINT;

CREATE INDEX webhook_inbox_due ON webhook_inbox (state, next_attempt_at, id);

-- The payment engine's lease on an attempt: a desk and paydesk-server (or two servers) never drive the same
-- payment at the same time; a crashed driver's attempts are taken over when the lease runs out.
ALTER TABLE payment_attempts ADD COLUMN driver TEXT;
ALTER TABLE payment_attempts ADD COLUMN driver_until TIMESTAMPTZ;
