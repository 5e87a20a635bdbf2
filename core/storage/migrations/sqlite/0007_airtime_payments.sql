-- Customers may pay for airtime through Paystack (their bank's USSD code) as well as in cash. The payment is a row
-- of its own, written before Paystack is asked; it carries the order, and the sale is recorded (and the wallet
-- debited) only once the payment is verified, under the payment's client token, so that it happens once.
--
-- airtime_sales.payment gains 'paystack' and the sale keeps the payment's reference. SQLite cannot change a CHECK
-- in place: the table is rebuilt (the migrator runs SQLite migrations with foreign keys off and checks them all
-- before committing, as SQLite's documented procedure asks).

CREATE TABLE airtime_sales_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_token TEXT NOT NULL UNIQUE,
    desk TEXT NOT NULL,
    vendor TEXT NOT NULL,
    phone TEXT NOT NULL,
    country TEXT NOT NULL,
    network TEXT NOT NULL,
    detected_network TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL,
    provider_service TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    commission INTEGER NOT NULL CHECK (commission >= 0),
    cost INTEGER NOT NULL CHECK (cost > 0),
    payment TEXT NOT NULL CHECK (payment IN ('cash', 'paystack')),
    state TEXT NOT NULL CHECK (state IN ('created', 'sent', 'delivered', 'failed', 'pending', 'unknown')),
    request_id TEXT UNIQUE,
    provider_code TEXT NOT NULL DEFAULT '',
    provider_transaction_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    tries INTEGER NOT NULL DEFAULT 0,
    next_check_at TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    settled_at TEXT,
    updated_at TEXT NOT NULL,
    payment_reference TEXT NOT NULL DEFAULT ''
);

INSERT INTO airtime_sales_rebuilt (id, client_token, desk, vendor, phone, country, network, detected_network,
    provider, provider_service, currency, amount, commission, cost, payment, state, request_id, provider_code,
    provider_transaction_id, detail, tries, next_check_at, created_at, sent_at, settled_at, updated_at)
SELECT id, client_token, desk, vendor, phone, country, network, detected_network, provider, provider_service,
    currency, amount, commission, cost, payment, state, request_id, provider_code, provider_transaction_id, detail,
    tries, next_check_at, created_at, sent_at, settled_at, updated_at
FROM airtime_sales;

DROP TABLE airtime_sales;
ALTER TABLE airtime_sales_rebuilt RENAME TO airtime_sales;
CREATE INDEX airtime_sales_open ON airtime_sales (desk, state, id);
CREATE INDEX airtime_sales_created ON airtime_sales (created_at, id);

CREATE TABLE airtime_payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_token TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    method TEXT NOT NULL CHECK (method IN ('ussd')),
    bank TEXT NOT NULL,
    ussd_code TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL CHECK (state IN ('created', 'waiting', 'paid', 'failed')),
    paystack_transaction_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL,
    vendor TEXT NOT NULL,
    phone TEXT NOT NULL,
    country TEXT NOT NULL,
    network TEXT NOT NULL,
    detected_network TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL,
    provider_service TEXT NOT NULL,
    commission INTEGER NOT NULL CHECK (commission >= 0),
    created_at TEXT NOT NULL,
    settled_at TEXT,
    updated_at TEXT NOT NULL
);

CREATE INDEX airtime_payments_open ON airtime_payments (desk, state, id);
