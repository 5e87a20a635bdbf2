-- USSD Studio: flow documents as loaded (one row per service code, the whole JSON kept as text so that export gives
-- back what was imported), and the sessions of phone users, written behind the engine (at most a second late) and
-- at once before any step that moves money.

CREATE TABLE ussd_flows (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision > 0),
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE ussd_sessions (
    id TEXT PRIMARY KEY,
    service_code TEXT NOT NULL,
    phone TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'waiting', 'confirming', 'ended')),
    outcome TEXT NOT NULL DEFAULT '',
    hops INTEGER NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX ussd_sessions_recent ON ussd_sessions (updated_at);
CREATE INDEX ussd_sessions_phone ON ussd_sessions (phone, service_code, updated_at);
