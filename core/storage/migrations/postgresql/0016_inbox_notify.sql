-- The supervisors' inbox view on a desk follows the inbox without polling it: a delivery filed, or one moving on
-- (processed, failed, retried, replayed), says "inbox" on the desks' channel. Once per statement, not per row: a
-- flood's batch is one INSERT, and PostgreSQL folds the same notification within one transaction into one.
-- Statements that change nothing a supervisor sees say nothing: the processor's claims (a lease, every idle second
-- on an idle server) and an UPDATE that matched no row.
CREATE FUNCTION paydesk_notify_inbox_filed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM filed) THEN
        PERFORM pg_notify('paydesk_changes', 'inbox');
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION paydesk_notify_inbox_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM after_rows a JOIN before_rows b ON a.id = b.id
               WHERE a.state IS DISTINCT FROM b.state OR a.reason IS DISTINCT FROM b.reason
                  OR a.attempts IS DISTINCT FROM b.attempts OR a.attempt_id IS DISTINCT FROM b.attempt_id
                  OR a.refund_id IS DISTINCT FROM b.refund_id
                  OR a.next_attempt_at IS DISTINCT FROM b.next_attempt_at) THEN
        PERFORM pg_notify('paydesk_changes', 'inbox');
    END IF;
    RETURN NULL;
END $$;

-- A trigger with transition tables has one event: two triggers.
CREATE TRIGGER webhook_inbox_filed AFTER INSERT ON webhook_inbox
    REFERENCING NEW TABLE AS filed FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_inbox_filed();
CREATE TRIGGER webhook_inbox_moved AFTER UPDATE ON webhook_inbox
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_inbox_moved();
