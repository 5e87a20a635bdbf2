-- Every delivery is inserted under the intake's batch transaction, on the thread a flood of webhooks queues for,
-- and each index of webhook_inbox is one more B-tree to insert into and one more page in that transaction's log.
-- A new row (state 'received', no retry time, no attempt) now goes into three: the table, the unique dedupe key
-- and webhook_inbox_pending (0013), instead of six. Measured on SQLite: a commit of one delivery appends 8 pages to
-- the log instead of 11, a batch of forty 54 instead of 62.
--
-- webhook_inbox_due (state, next_attempt_at, id) served the claim before webhook_inbox_pending did; nothing reads
-- it now.
DROP INDEX webhook_inbox_due;

-- Lists by state: 'received' is answered by webhook_inbox_pending, 'processed' (nearly every row) by walking the
-- primary key from the newest, and each rare state by an index of only its rows. One index per state, not one
-- for both: a planner uses a partial index only when the query's condition implies the index's, and neither
-- SQLite nor PostgreSQL derives "state IN ('rejected', 'failed')" from "state = ?".
DROP INDEX webhook_inbox_state;
CREATE INDEX webhook_inbox_rejected ON webhook_inbox (id) WHERE state = 'rejected';
CREATE INDEX webhook_inbox_failed ON webhook_inbox (id) WHERE state = 'failed';

-- A delivery gets its attempt when the processor matches it; the lookup by attempt (reconciliation's details) never
-- asks for NULL.
DROP INDEX webhook_inbox_attempt;
CREATE INDEX webhook_inbox_attempt ON webhook_inbox (attempt_id) WHERE attempt_id IS NOT NULL;
