-- The webhook inbox: every signed delivery from Paystack, stored before it is acknowledged, exactly once per
-- dedupe key (event name + the object's id, reference or request code). Raw bytes are kept for audit and replay.

CREATE TABLE webhook_inbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,
    event TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('received', 'processed', 'rejected', 'failed')),
    body BYTEA NOT NULL,
    headers TEXT NOT NULL,
    source TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    processed_at TIMESTAMPTZ
);

CREATE INDEX webhook_inbox_state ON webhook_inbox (state, id);
