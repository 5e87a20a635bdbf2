-- The inbox processor claims the oldest deliveries still to apply: WHERE state = 'received' ... ORDER BY id LIMIT.
-- PostgreSQL answered that from the primary key, reading past every delivery already processed (its statistics,
-- taken while the inbox was filling, said nearly every row was still to apply), so each claim cost more than the
-- one before: working off a 100,000-delivery backlog took from 13 s to over a minute, by when the table had last
-- been analysed. An index of only the rows still to apply is the cheapest way to answer the claim, whatever the
-- statistics say. SQLite gets it too, for the same reason.
CREATE INDEX webhook_inbox_pending ON webhook_inbox (id) WHERE state = 'received';
