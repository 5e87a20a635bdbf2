-- Foundation: roles, users, desk-wide settings and the tamper-evident audit chain.
-- Audit timestamps are stored as the exact UTC ISO-8601 text that was hashed; other tables use timestamptz.

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
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL REFERENCES roles (name),
    password_hash TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ,
    last_login_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_action_at ON audit_log (action, at);

-- The chain's head: one row, locked FOR UPDATE by each append, so concurrent desks serialise on it.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: the application never updates or deletes an audit row.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
