-- A delivery's raw body and headers move out of webhook_inbox into a table of their own. The inbox processor
-- updates every row twice (its claim, then its outcome), and SQLite writes whole pages: with 2 KB bodies inline,
-- each update rewrote a page of one or two rows, so applying deliveries wrote twice as much to the WAL as storing
-- them, all of it under the database's only write lock. The narrow rows now share pages; the bodies, written once
-- and never changed, are only read.
CREATE TABLE webhook_payloads (
    inbox_id INTEGER PRIMARY KEY REFERENCES webhook_inbox (id) ON DELETE CASCADE,
    body BLOB NOT NULL,
    headers TEXT NOT NULL
);

INSERT INTO webhook_payloads (inbox_id, body, headers) SELECT id, body, headers FROM webhook_inbox;

ALTER TABLE webhook_inbox DROP COLUMN body;
ALTER TABLE webhook_inbox DROP COLUMN headers;
