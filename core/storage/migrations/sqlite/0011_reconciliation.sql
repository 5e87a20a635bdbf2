-- Reconciliation reads a period's payment attempts by creation time, and the webhook deliveries matched to one
-- attempt when a supervisor opens a line: both were full scans over a year of payments.
CREATE INDEX payment_attempts_created ON payment_attempts (created_at, id);
CREATE INDEX webhook_inbox_attempt ON webhook_inbox (attempt_id);
