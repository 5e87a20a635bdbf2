-- The cashier's request on a payment (check now, push again, cancel) for the engine that holds the Paystack key.
-- On PostgreSQL desks write it and paydesk-server acts (see the PostgreSQL migration, which also adds the
-- LISTEN/NOTIFY triggers); a standalone SQLite desk drives its own payments, so here these are only the columns.
ALTER TABLE payment_attempts ADD COLUMN requested_action TEXT
    CHECK (requested_action IS NULL OR requested_action IN ('check', 'repush', 'cancel'));
ALTER TABLE payment_attempts ADD COLUMN requested_by TEXT;
