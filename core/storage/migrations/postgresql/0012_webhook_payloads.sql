-- A delivery's raw body and headers move out of webhook_inbox into a table of their own: the inbox processor
-- updates every row twice (its claim, then its outcome), and each update copied the 2 KB body into a new row
-- version. The bodies, written once and never changed, are only read.
CREATE TABLE webhook_payloads (
    inbox_id BIGINT PRIMARY KEY REFERENCES webhook_inbox (id) ON DELETE CASCADE,
    body BYTEA NOT NULL,
    headers TEXT NOT NULL
);

INSERT INTO webhook_payloads (inbox_id, body, headers) SELECT id, body, headers FROM webhook_inbox;

ALTER TABLE webhook_inbox DROP COLUMN body, DROP COLUMN headers;
