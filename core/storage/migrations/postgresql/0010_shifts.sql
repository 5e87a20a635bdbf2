-- Cashiers' shifts (the reasons are in the SQLite twin of this migration).
CREATE TABLE shifts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'signed')),
    opened_at TIMESTAMPTZ NOT NULL,
    opening_count TEXT NOT NULL,
    opening_float BIGINT NOT NULL CHECK (opening_float >= 0),
    closed_at TIMESTAMPTZ,
    closed_by TEXT,
    closing_count TEXT,
    counted_cash BIGINT CHECK (counted_cash >= 0),
    expected_cash BIGINT,
    variance BIGINT,
    variance_reason TEXT NOT NULL DEFAULT '',
    report TEXT,
    z_number BIGINT UNIQUE,
    signed_by TEXT,
    signed_at TIMESTAMPTZ,
    sign_off_note TEXT NOT NULL DEFAULT '',
    report_hash TEXT,
    CHECK (state = 'open' OR (closed_at IS NOT NULL AND counted_cash IS NOT NULL AND report IS NOT NULL)),
    CHECK (state <> 'signed' OR (z_number IS NOT NULL AND signed_by IS NOT NULL AND report_hash IS NOT NULL)),
    CHECK (variance IS NULL OR variance = 0 OR length(trim(variance_reason)) > 0)
);

CREATE UNIQUE INDEX shifts_open_desk ON shifts (desk) WHERE state = 'open';
CREATE UNIQUE INDEX shifts_open_cashier ON shifts (cashier) WHERE state = 'open';
CREATE INDEX shifts_opened ON shifts (opened_at, id);
CREATE INDEX shifts_cashier_opened ON shifts (cashier, opened_at);

CREATE FUNCTION paydesk_shifts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'shifts are never deleted';
    END IF;
    IF OLD.state = 'signed' THEN
        RAISE EXCEPTION 'a signed Z report is immutable';
    END IF;
    IF OLD.state = 'closed' AND (NEW.state <> 'signed'
        OR (NEW.desk, NEW.cashier, NEW.currency, NEW.opened_at, NEW.opening_count, NEW.opening_float, NEW.closed_at,
            NEW.closed_by, NEW.closing_count, NEW.counted_cash, NEW.expected_cash, NEW.variance, NEW.variance_reason,
            NEW.report)
           IS DISTINCT FROM
           (OLD.desk, OLD.cashier, OLD.currency, OLD.opened_at, OLD.opening_count, OLD.opening_float, OLD.closed_at,
            OLD.closed_by, OLD.closing_count, OLD.counted_cash, OLD.expected_cash, OLD.variance, OLD.variance_reason,
            OLD.report)) THEN
        RAISE EXCEPTION 'a closed shift can only be signed off';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER shifts_guard BEFORE UPDATE OR DELETE ON shifts FOR EACH ROW EXECUTE FUNCTION paydesk_shifts_guard();

CREATE INDEX refunds_requested_by ON refunds (requested_by, created_at);
CREATE INDEX airtime_sales_vendor ON airtime_sales (vendor, created_at);
CREATE INDEX payment_attempts_cashier ON payment_attempts (cashier, created_at);
