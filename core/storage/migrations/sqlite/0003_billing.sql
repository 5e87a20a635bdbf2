-- Billing: patients, the price list, invoices with immutable lines, payment attempts (one state machine for every
-- method; the rows in flight are also the outbox the payment engine works from), verified payments and refunds.
-- Money columns are integer minor units next to their ISO 4217 currency.

CREATE TABLE patients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hospital_number TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    other_names TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    paystack_customer_id INTEGER,
    paystack_customer_code TEXT,
    paystack_email TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Search terms per patient: lower-case name words, phone digits, hospital number, e-mail, and "~" + a phonetic
-- key per name word for fuzzy matches. Prefix searches are index range scans on term.
CREATE TABLE patient_search (
    term TEXT NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    PRIMARY KEY (term, patient_id)
) WITHOUT ROWID;

CREATE INDEX patient_search_patient ON patient_search (patient_id, term);

CREATE TABLE price_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    currency TEXT NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    taxable INTEGER NOT NULL DEFAULT 0 CHECK (taxable IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at TEXT NOT NULL
);

-- Gap-free invoice numbers: the counter moves in the same transaction as the invoice that takes the number.
CREATE TABLE invoice_series (
    series TEXT PRIMARY KEY,
    next_number INTEGER NOT NULL
);

-- Generated hospital numbers share the counter table.
INSERT INTO invoice_series (series, next_number) VALUES ('patients', 1);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    series TEXT NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    currency TEXT NOT NULL,
    subtotal INTEGER NOT NULL,
    discount INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL CHECK (total >= 0),
    paid INTEGER NOT NULL DEFAULT 0,
    refunded INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'part_paid', 'paid', 'void', 'refunded')),
    methods TEXT NOT NULL DEFAULT '',
    cashier TEXT NOT NULL,
    approved_by TEXT,
    desk TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (paid <= total)
);

CREATE INDEX invoices_created ON invoices (created_at, id);
CREATE INDEX invoices_status_created ON invoices (status, created_at, id);
CREATE INDEX invoices_cashier_created ON invoices (cashier, created_at, id);
CREATE INDEX invoices_patient ON invoices (patient_id, id);

CREATE TABLE invoice_lines (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    line_no INTEGER NOT NULL,
    price_item_id INTEGER REFERENCES price_items (id),
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    discount INTEGER NOT NULL CHECK (discount >= 0),
    taxable INTEGER NOT NULL CHECK (taxable IN (0, 1)),
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- A saved invoice's lines never change: corrections are credit notes or a void.
CREATE TRIGGER invoice_lines_no_update BEFORE UPDATE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'invoice lines are immutable');
END;

CREATE TRIGGER invoice_lines_no_delete BEFORE DELETE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'invoice lines are immutable');
END;

CREATE TABLE payment_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    method TEXT NOT NULL CHECK (method IN ('terminal', 'link', 'ussd', 'cash')),
    state TEXT NOT NULL CHECK (state IN ('created', 'sent', 'delivered', 'waiting', 'unknown', 'succeeded', 'failed',
                                         'cancelled', 'expired')),
    step TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    tendered INTEGER,
    terminal_id TEXT,
    ussd_type TEXT,
    paystack_customer_code TEXT,
    paystack_request_id INTEGER,
    paystack_request_code TEXT,
    offline_reference TEXT,
    terminal_event_id TEXT,
    paystack_transaction_id INTEGER,
    paystack_reference TEXT,
    authorization_url TEXT,
    ussd_code TEXT,
    detail TEXT NOT NULL DEFAULT '',
    cashier TEXT NOT NULL,
    desk TEXT NOT NULL,
    next_check_at TEXT,
    checks INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
);

-- One attempt in flight per terminal, across every desk on this database.
CREATE UNIQUE INDEX payment_attempts_busy_terminal ON payment_attempts (terminal_id)
    WHERE terminal_id IS NOT NULL AND state IN ('created', 'sent', 'delivered', 'waiting', 'unknown');
CREATE INDEX payment_attempts_in_flight ON payment_attempts (state, next_check_at);
CREATE INDEX payment_attempts_invoice ON payment_attempts (invoice_id, id);
CREATE INDEX payment_attempts_request_code ON payment_attempts (paystack_request_code);

CREATE TABLE attempt_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id INTEGER NOT NULL REFERENCES payment_attempts (id),
    at TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
);

CREATE INDEX attempt_events_attempt ON attempt_events (attempt_id, id);

-- Verified money on an invoice: exactly one row per succeeded attempt.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id INTEGER NOT NULL UNIQUE REFERENCES payment_attempts (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    tendered INTEGER,
    paystack_reference TEXT,
    paystack_transaction_id INTEGER,
    refunded INTEGER NOT NULL DEFAULT 0,
    cashier TEXT NOT NULL,
    desk TEXT NOT NULL,
    paid_at TEXT NOT NULL,
    receipt_prints INTEGER NOT NULL DEFAULT 0,
    CHECK (refunded <= amount)
);

CREATE INDEX payments_paid_at ON payments (paid_at);
CREATE INDEX payments_invoice ON payments (invoice_id);

CREATE TABLE refunds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL CHECK (state IN ('requested', 'pending', 'processed', 'failed', 'unknown')),
    paystack_refund_id INTEGER,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX refunds_state ON refunds (state);
