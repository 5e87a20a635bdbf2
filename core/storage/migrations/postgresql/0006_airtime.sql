-- The airtime kiosk: the catalog an admin edited (networks, prefixes, products; the built-in one applies until
-- then), the vendor's prefunded wallet with an entry for every movement, Paystack top-ups, and sales. A sale row is
-- written (and the wallet debited) before any call to the provider; request_id is saved before it is sent.

CREATE TABLE airtime_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    as_of DATE NOT NULL,
    document TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE airtime_wallets (
    currency TEXT PRIMARY KEY,
    balance BIGINT NOT NULL CHECK (balance >= 0),
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE airtime_topups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    currency TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL CHECK (state IN ('initialized', 'paid', 'failed')),
    authorization_url TEXT NOT NULL DEFAULT '',
    paystack_transaction_id BIGINT,
    detail TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    desk TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    settled_at TIMESTAMPTZ
);

CREATE TABLE airtime_sales (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    amount BIGINT NOT NULL CHECK (amount > 0),
    commission BIGINT NOT NULL CHECK (commission >= 0),
    cost BIGINT NOT NULL CHECK (cost > 0),
    payment TEXT NOT NULL CHECK (payment IN ('cash')),
    state TEXT NOT NULL CHECK (state IN ('created', 'sent', 'delivered', 'failed', 'pending', 'unknown')),
    request_id TEXT UNIQUE,
    provider_code TEXT NOT NULL DEFAULT '',
    provider_transaction_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    tries INTEGER NOT NULL DEFAULT 0,
    next_check_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    settled_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX airtime_sales_open ON airtime_sales (desk, state, id);
CREATE INDEX airtime_sales_created ON airtime_sales (created_at, id);

CREATE TABLE airtime_wallet_entries (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    currency TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'reversal', 'topup', 'adjustment')),
    amount BIGINT NOT NULL,
    balance_after BIGINT NOT NULL CHECK (balance_after >= 0),
    sale_id BIGINT REFERENCES airtime_sales (id),
    topup_id BIGINT REFERENCES airtime_topups (id),
    detail TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, sale_id),
    UNIQUE (kind, topup_id)
);

CREATE INDEX airtime_wallet_entries_at ON airtime_wallet_entries (currency, id);
