-- Cashiers' shifts: the drawer's opening float and closing count by denomination, the close report frozen at close,
-- and the supervisor's sign-off that numbers it as a Z report. Money is integer minor units in the shift's currency.
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'signed')),
    opened_at TEXT NOT NULL,
    opening_count TEXT NOT NULL,
    opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
    closed_at TEXT,
    closed_by TEXT,
    closing_count TEXT,
    counted_cash INTEGER CHECK (counted_cash >= 0),
    expected_cash INTEGER,
    variance INTEGER,
    variance_reason TEXT NOT NULL DEFAULT '',
    report TEXT,
    z_number INTEGER UNIQUE,
    signed_by TEXT,
    signed_at TEXT,
    sign_off_note TEXT NOT NULL DEFAULT '',
    report_hash TEXT,
    CHECK (state = 'open' OR (closed_at IS NOT NULL AND counted_cash IS NOT NULL AND report IS NOT NULL)),
    CHECK (state <> 'signed' OR (z_number IS NOT NULL AND signed_by IS NOT NULL AND report_hash IS NOT NULL)),
    CHECK (variance IS NULL OR variance = 0 OR length(trim(variance_reason)) > 0)
);

-- One drawer per desk and one shift per cashier at a time.
CREATE UNIQUE INDEX shifts_open_desk ON shifts (desk) WHERE state = 'open';
CREATE UNIQUE INDEX shifts_open_cashier ON shifts (cashier) WHERE state = 'open';
CREATE INDEX shifts_opened ON shifts (opened_at, id);
CREATE INDEX shifts_cashier_opened ON shifts (cashier, opened_at);

-- A shift is never deleted; once closed only the sign-off may be added, and a signed Z report never changes.
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN
    SELECT RAISE(ABORT, 'shifts are never deleted');
END;

CREATE TRIGGER shifts_signed_immutable BEFORE UPDATE ON shifts WHEN OLD.state = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'a signed Z report is immutable');
END;

CREATE TRIGGER shifts_closed_frozen BEFORE UPDATE ON shifts
WHEN OLD.state = 'closed' AND (NEW.state <> 'signed' OR NEW.desk IS NOT OLD.desk OR NEW.cashier IS NOT OLD.cashier
    OR NEW.currency IS NOT OLD.currency OR NEW.opened_at IS NOT OLD.opened_at
    OR NEW.opening_count IS NOT OLD.opening_count OR NEW.opening_float IS NOT OLD.opening_float
    OR NEW.closed_at IS NOT OLD.closed_at OR NEW.closed_by IS NOT OLD.closed_by
    OR NEW.closing_count IS NOT OLD.closing_count OR NEW.counted_cash IS NOT OLD.counted_cash
    OR NEW.expected_cash IS NOT OLD.expected_cash OR NEW.variance IS NOT OLD.variance
    OR NEW.variance_reason IS NOT OLD.variance_reason OR NEW.report IS NOT OLD.report)
BEGIN
    SELECT RAISE(ABORT, 'a closed shift can only be signed off');
END;

-- What a shift's report reads: a cashier's refunds and airtime sales by time.
CREATE INDEX refunds_requested_by ON refunds (requested_by, created_at);
CREATE INDEX airtime_sales_vendor ON airtime_sales (vendor, created_at);
CREATE INDEX payment_attempts_cashier ON payment_attempts (cashier, created_at);
