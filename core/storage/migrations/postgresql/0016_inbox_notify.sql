-- The supervisors' inbox view on a desk follows the inbox without polling it: a delivery filed, or one moving on
-- (processed, failed, replayed), says "inbox" on the desks' channel. Once per statement, not per row: a flood's
-- batch is one INSERT, and PostgreSQL folds the same notification within one transaction into one.
CREATE FUNCTION paydesk_notify_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paydesk_changes', 'inbox');
    RETURN NULL;
END $$;

CREATE TRIGGER webhook_inbox_notify AFTER INSERT OR UPDATE ON webhook_inbox
    FOR EACH STATEMENT EXECUTE FUNCTION paydesk_notify_inbox();
