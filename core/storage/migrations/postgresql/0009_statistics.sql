-- Statistics for the supervisors' dashboard: summary tables maintained by triggers in the same transaction as the
-- row they count (the reasons and the calendar are explained in the SQLite twin of this migration).
CREATE TABLE stats_calendar (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
    needs_rebuild INTEGER NOT NULL CHECK (needs_rebuild IN (0, 1))
);
INSERT INTO stats_calendar (id, utc_offset_minutes, needs_rebuild) VALUES (1, 60, 1);

-- The hospital's local date and hour of a moment.
CREATE FUNCTION paydesk_local_time(moment TIMESTAMPTZ) RETURNS TIMESTAMP LANGUAGE sql STABLE AS $$
    SELECT (moment AT TIME ZONE 'UTC') + make_interval(mins => (SELECT utc_offset_minutes FROM stats_calendar))
$$;

CREATE TABLE stats_payments_daily (
    day DATE NOT NULL,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    payments BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (day, desk, cashier, method, currency)
);

CREATE TABLE stats_payments_hourly (
    day DATE NOT NULL,
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    payments BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (day, hour, method, currency)
);

CREATE FUNCTION paydesk_payments_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    paid_local TIMESTAMP := paydesk_local_time(NEW.paid_at);
BEGIN
    INSERT INTO stats_payments_daily (day, desk, cashier, method, currency, payments, amount)
    VALUES (paid_local::date, NEW.desk, NEW.cashier, NEW.method, NEW.currency, 1, NEW.amount)
    ON CONFLICT (day, desk, cashier, method, currency)
    DO UPDATE SET payments = stats_payments_daily.payments + 1,
                  amount = stats_payments_daily.amount + excluded.amount;
    INSERT INTO stats_payments_hourly (day, hour, method, currency, payments, amount)
    VALUES (paid_local::date, extract(hour FROM paid_local)::integer, NEW.method, NEW.currency, 1, NEW.amount)
    ON CONFLICT (day, hour, method, currency)
    DO UPDATE SET payments = stats_payments_hourly.payments + 1,
                  amount = stats_payments_hourly.amount + excluded.amount;
    RETURN NULL;
END $$;

CREATE TRIGGER payments_stats AFTER INSERT ON payments FOR EACH ROW EXECUTE FUNCTION paydesk_payments_stats();

CREATE TABLE stats_attempts_daily (
    day DATE NOT NULL,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'cancelled', 'expired')),
    attempts BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    finish_ms BIGINT NOT NULL,
    PRIMARY KEY (day, desk, cashier, method, currency, outcome)
);

CREATE FUNCTION paydesk_attempts_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    finished TIMESTAMPTZ := COALESCE(NEW.finished_at, NEW.updated_at);
BEGIN
    IF NEW.state NOT IN ('succeeded', 'failed', 'cancelled', 'expired')
       OR (TG_OP = 'UPDATE' AND OLD.state IN ('succeeded', 'failed', 'cancelled', 'expired')) THEN
        RETURN NULL;
    END IF;
    INSERT INTO stats_attempts_daily (day, desk, cashier, method, currency, outcome, attempts, amount, finish_ms)
    VALUES (paydesk_local_time(finished)::date, NEW.desk, NEW.cashier, NEW.method, NEW.currency, NEW.state, 1,
            NEW.amount, round(extract(epoch FROM finished - NEW.created_at) * 1000)::bigint)
    ON CONFLICT (day, desk, cashier, method, currency, outcome)
    DO UPDATE SET attempts = stats_attempts_daily.attempts + 1,
                  amount = stats_attempts_daily.amount + excluded.amount,
                  finish_ms = stats_attempts_daily.finish_ms + excluded.finish_ms;
    RETURN NULL;
END $$;

CREATE TRIGGER payment_attempts_stats AFTER INSERT OR UPDATE OF state ON payment_attempts
    FOR EACH ROW EXECUTE FUNCTION paydesk_attempts_stats();

CREATE TABLE stats_airtime_daily (
    day DATE NOT NULL,
    desk TEXT NOT NULL,
    network TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    sales BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (day, desk, network, currency, outcome)
);

CREATE FUNCTION paydesk_airtime_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state NOT IN ('delivered', 'failed')
       OR (TG_OP = 'UPDATE' AND OLD.state IN ('delivered', 'failed')) THEN
        RETURN NULL;
    END IF;
    INSERT INTO stats_airtime_daily (day, desk, network, currency, outcome, sales, amount)
    VALUES (paydesk_local_time(NEW.created_at)::date, NEW.desk, NEW.network, NEW.currency, NEW.state, 1, NEW.amount)
    ON CONFLICT (day, desk, network, currency, outcome)
    DO UPDATE SET sales = stats_airtime_daily.sales + 1, amount = stats_airtime_daily.amount + excluded.amount;
    RETURN NULL;
END $$;

CREATE TRIGGER airtime_sales_stats AFTER INSERT OR UPDATE OF state ON airtime_sales
    FOR EACH ROW EXECUTE FUNCTION paydesk_airtime_stats();

CREATE TABLE stats_ussd_daily (
    day DATE NOT NULL,
    service_code TEXT NOT NULL,
    outcome TEXT NOT NULL,
    sessions BIGINT NOT NULL,
    hops BIGINT NOT NULL,
    PRIMARY KEY (day, service_code, outcome)
);

CREATE FUNCTION paydesk_ussd_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state <> 'ended' OR (TG_OP = 'UPDATE' AND OLD.state = 'ended') THEN
        RETURN NULL;
    END IF;
    INSERT INTO stats_ussd_daily (day, service_code, outcome, sessions, hops)
    VALUES (paydesk_local_time(NEW.started_at)::date, NEW.service_code, NEW.outcome, 1, NEW.hops)
    ON CONFLICT (day, service_code, outcome)
    DO UPDATE SET sessions = stats_ussd_daily.sessions + 1, hops = stats_ussd_daily.hops + excluded.hops;
    RETURN NULL;
END $$;

CREATE TRIGGER ussd_sessions_stats AFTER INSERT OR UPDATE OF state ON ussd_sessions
    FOR EACH ROW EXECUTE FUNCTION paydesk_ussd_stats();

CREATE TABLE stats_webhook_lag_daily (
    day DATE NOT NULL,
    bucket INTEGER NOT NULL,
    deliveries BIGINT NOT NULL,
    PRIMARY KEY (day, bucket)
);

CREATE INDEX refunds_created ON refunds (created_at);
CREATE INDEX invoice_lines_discounted ON invoice_lines (invoice_id) WHERE discount > 0;
CREATE INDEX payments_cashier_paid ON payments (cashier, paid_at);
CREATE INDEX payments_desk_paid ON payments (desk, paid_at);
-- Airtime sales whose outcome is unknown (the tile of that name), without reading every sale.
CREATE INDEX airtime_sales_unknown ON airtime_sales (id) WHERE state = 'unknown';
