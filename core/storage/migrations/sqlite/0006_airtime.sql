-- The airtime kiosk: the catalog an admin edited (networks, prefixes, products; the built-in one applies until
-- then), the vendor's prefunded wallet with an entry for every movement, Paystack top-ups, and sales. A sale row is
-- written (and the wallet debited) before any call to the provider; request_id is saved before it is sent.

CREATE TABLE airtime_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    as_of TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE airtime_wallets (
    currency TEXT PRIMARY KEY,
    balance INTEGER NOT NULL CHECK (balance >= 0),
    updated_at TEXT NOT NULL
);

CREATE TABLE airtime_topups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL CHECK (state IN ('initialized', 'paid', 'failed')),
    authorization_url TEXT NOT NULL DEFAULT '',
    paystack_transaction_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    desk TEXT NOT NULL,
    created_at TEXT NOT NULL,
    settled_at TEXT
);

CREATE TABLE airtime_sales (
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
    payment TEXT NOT NULL CHECK (payment IN ('cash')),
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
    updated_at TEXT NOT NULL
);

CREATE INDEX airtime_sales_open ON airtime_sales (desk, state, id);
CREATE INDEX airtime_sales_created ON airtime_sales (created_at, id);

CREATE TABLE airtime_wallet_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    currency TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'reversal', 'topup', 'adjustment')),
    amount INTEGER NOT NULL,
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    sale_id INTEGER REFERENCES airtime_sales (id),
    topup_id INTEGER REFERENCES airtime_topups (id),
    detail TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (kind, sale_id),
    UNIQUE (kind, topup_id)
);

CREATE INDEX airtime_wallet_entries_at ON airtime_wallet_entries (currency, id);
