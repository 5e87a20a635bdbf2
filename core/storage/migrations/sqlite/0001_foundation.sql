-- Foundation: roles, users, desk-wide settings and the tamper-evident audit chain.
-- Timestamps are UTC ISO-8601 text with milliseconds, so text order is time order.

CREATE TABLE roles (
    name TEXT PRIMARY KEY,
    rank INTEGER NOT NULL UNIQUE,
    description TEXT NOT NULL
);

INSERT INTO roles (name, rank, description) VALUES
    ('cashier', 1, 'Registers patients, bills and takes payments at a desk'),
    ('supervisor', 2, 'Approves refunds, waivers and shift closes; sees statistics'),
    ('admin', 3, 'Manages users, keys, terminals and settings');

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL REFERENCES roles (name),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_action_at ON audit_log (action, at);

-- The chain's head: one row, updated with each append, so concurrent writers serialise on it.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: the application never updates or deletes an audit row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
