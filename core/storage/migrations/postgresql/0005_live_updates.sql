-- Desks on the hospital's shared database hold no Paystack key: paydesk-server carries out every Paystack call.
-- A desk asks for what the cashier wants done to a payment (check now, push to the terminal again, cancel) by
-- writing it on the attempt; the server clears it when it acts.
ALTER TABLE payment_attempts ADD COLUMN requested_action TEXT
    CHECK (requested_action IS NULL OR requested_action IN ('check', 'repush', 'cancel'));
ALTER TABLE payment_attempts ADD COLUMN requested_by TEXT;

-- Live updates, without anyone polling the database. Two channels:
--   paydesk_work     work for paydesk-server: "attempt <id>" (a new attempt in flight, or a desk's request),
--                    "refund <id>" (a new Paystack refund);
--   paydesk_changes  what desks show: "attempt <id> <desk>", "refund <id>".
-- Notifications are sent when the transaction commits, so a listener never sees a change it cannot read yet.
CREATE FUNCTION paydesk_notify_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The engine's lease changing hands tells a desk nothing.
    IF TG_OP = 'UPDATE' AND NEW.state = OLD.state AND NEW.step = OLD.step AND NEW.detail = OLD.detail
       AND NEW.updated_at = OLD.updated_at
       AND NEW.requested_action IS NOT DISTINCT FROM OLD.requested_action THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('paydesk_changes', 'attempt ' || NEW.id || ' ' || NEW.desk);
    IF (TG_OP = 'INSERT' AND NEW.state = 'created')
       OR (NEW.requested_action IS NOT NULL
           AND (TG_OP = 'INSERT' OR NEW.requested_action IS DISTINCT FROM OLD.requested_action)) THEN
        PERFORM pg_notify('paydesk_work', 'attempt ' || NEW.id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER payment_attempts_notify AFTER INSERT OR UPDATE ON payment_attempts
    FOR EACH ROW EXECUTE FUNCTION paydesk_notify_attempt();

CREATE FUNCTION paydesk_notify_refund() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('paydesk_changes', 'refund ' || NEW.id);
    IF TG_OP = 'INSERT' AND NEW.state = 'requested' THEN
        PERFORM pg_notify('paydesk_work', 'refund ' || NEW.id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER refunds_notify AFTER INSERT OR UPDATE ON refunds
    FOR EACH ROW EXECUTE FUNCTION paydesk_notify_refund();
