-- Statistics for the supervisors' dashboard. Summing a year of payments row by row is too slow for a dashboard
-- that refreshes live, so every figure that grows with the history is kept in a summary table, maintained by
-- triggers in the same transaction as the row it counts: a summary can never disagree with its rows, whichever
-- code path wrote them.
--
-- Days are the hospital's local days. Nigeria (WAT, +60) and Kenya (EAT, +180) keep no summer time, so a fixed
-- offset from UTC is the whole calendar. Summaries are rebuilt from the rows when they are new (a database that
-- already holds payments) and when the offset changes: needs_rebuild (see core/stats/stats_summaries.h).
CREATE TABLE stats_calendar (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
    needs_rebuild INTEGER NOT NULL CHECK (needs_rebuild IN (0, 1))
);
INSERT INTO stats_calendar (id, utc_offset_minutes, needs_rebuild) VALUES (1, 60, 1);

-- Verified money, by the day and hour it was paid.
CREATE TABLE stats_payments_daily (
    day TEXT NOT NULL,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    payments INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (day, desk, cashier, method, currency)
) WITHOUT ROWID;

CREATE TABLE stats_payments_hourly (
    day TEXT NOT NULL,
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    payments INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (day, hour, method, currency)
) WITHOUT ROWID;

CREATE TRIGGER payments_stats AFTER INSERT ON payments
BEGIN
    INSERT INTO stats_payments_daily (day, desk, cashier, method, currency, payments, amount)
    VALUES (date(NEW.paid_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)), NEW.desk,
            NEW.cashier, NEW.method, NEW.currency, 1, NEW.amount)
    ON CONFLICT (day, desk, cashier, method, currency)
    DO UPDATE SET payments = payments + 1, amount = amount + excluded.amount;
    INSERT INTO stats_payments_hourly (day, hour, method, currency, payments, amount)
    VALUES (date(NEW.paid_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)),
            CAST(strftime('%H', NEW.paid_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar))
                 AS INTEGER), NEW.method, NEW.currency, 1, NEW.amount)
    ON CONFLICT (day, hour, method, currency)
    DO UPDATE SET payments = payments + 1, amount = amount + excluded.amount;
END;

-- SQLite has no AFTER INSERT OR UPDATE: each outcome trigger below comes as a pair, one for rows that change to an
-- outcome and one for rows written with it, with the same body.

-- Payment attempts that reached an outcome, by the day they finished: success and decline rates, and the time
-- from the push to the outcome.
CREATE TABLE stats_attempts_daily (
    day TEXT NOT NULL,
    desk TEXT NOT NULL,
    cashier TEXT NOT NULL,
    method TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'cancelled', 'expired')),
    attempts INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    finish_ms INTEGER NOT NULL,
    PRIMARY KEY (day, desk, cashier, method, currency, outcome)
) WITHOUT ROWID;

CREATE TRIGGER payment_attempts_stats_update AFTER UPDATE OF state ON payment_attempts
    WHEN NEW.state IN ('succeeded', 'failed', 'cancelled', 'expired')
     AND OLD.state NOT IN ('succeeded', 'failed', 'cancelled', 'expired')
BEGIN
    INSERT INTO stats_attempts_daily (day, desk, cashier, method, currency, outcome, attempts, amount, finish_ms)
    VALUES (date(COALESCE(NEW.finished_at, NEW.updated_at),
                 (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)),
            NEW.desk, NEW.cashier, NEW.method, NEW.currency, NEW.state, 1, NEW.amount,
            CAST(round((julianday(COALESCE(NEW.finished_at, NEW.updated_at)) - julianday(NEW.created_at)) * 86400000)
                 AS INTEGER))
    ON CONFLICT (day, desk, cashier, method, currency, outcome)
    DO UPDATE SET attempts = attempts + 1, amount = amount + excluded.amount,
                  finish_ms = finish_ms + excluded.finish_ms;
END;

CREATE TRIGGER payment_attempts_stats_insert AFTER INSERT ON payment_attempts
    WHEN NEW.state IN ('succeeded', 'failed', 'cancelled', 'expired')
BEGIN
    INSERT INTO stats_attempts_daily (day, desk, cashier, method, currency, outcome, attempts, amount, finish_ms)
    VALUES (date(COALESCE(NEW.finished_at, NEW.updated_at),
                 (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)),
            NEW.desk, NEW.cashier, NEW.method, NEW.currency, NEW.state, 1, NEW.amount,
            CAST(round((julianday(COALESCE(NEW.finished_at, NEW.updated_at)) - julianday(NEW.created_at)) * 86400000)
                 AS INTEGER))
    ON CONFLICT (day, desk, cashier, method, currency, outcome)
    DO UPDATE SET attempts = attempts + 1, amount = amount + excluded.amount,
                  finish_ms = finish_ms + excluded.finish_ms;
END;

-- Airtime sales that reached an outcome, by the day they were made.
CREATE TABLE stats_airtime_daily (
    day TEXT NOT NULL,
    desk TEXT NOT NULL,
    network TEXT NOT NULL,
    currency TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    sales INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (day, desk, network, currency, outcome)
) WITHOUT ROWID;

CREATE TRIGGER airtime_sales_stats_update AFTER UPDATE OF state ON airtime_sales
    WHEN NEW.state IN ('delivered', 'failed') AND OLD.state NOT IN ('delivered', 'failed')
BEGIN
    INSERT INTO stats_airtime_daily (day, desk, network, currency, outcome, sales, amount)
    VALUES (date(NEW.created_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)), NEW.desk,
            NEW.network, NEW.currency, NEW.state, 1, NEW.amount)
    ON CONFLICT (day, desk, network, currency, outcome)
    DO UPDATE SET sales = sales + 1, amount = amount + excluded.amount;
END;

CREATE TRIGGER airtime_sales_stats_insert AFTER INSERT ON airtime_sales
    WHEN NEW.state IN ('delivered', 'failed')
BEGIN
    INSERT INTO stats_airtime_daily (day, desk, network, currency, outcome, sales, amount)
    VALUES (date(NEW.created_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)), NEW.desk,
            NEW.network, NEW.currency, NEW.state, 1, NEW.amount)
    ON CONFLICT (day, desk, network, currency, outcome)
    DO UPDATE SET sales = sales + 1, amount = amount + excluded.amount;
END;

-- USSD sessions that ended, by the day they started.
CREATE TABLE stats_ussd_daily (
    day TEXT NOT NULL,
    service_code TEXT NOT NULL,
    outcome TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    hops INTEGER NOT NULL,
    PRIMARY KEY (day, service_code, outcome)
) WITHOUT ROWID;

CREATE TRIGGER ussd_sessions_stats_update AFTER UPDATE OF state ON ussd_sessions
    WHEN NEW.state = 'ended' AND OLD.state <> 'ended'
BEGIN
    INSERT INTO stats_ussd_daily (day, service_code, outcome, sessions, hops)
    VALUES (date(NEW.started_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)),
            NEW.service_code, NEW.outcome, 1, NEW.hops)
    ON CONFLICT (day, service_code, outcome) DO UPDATE SET sessions = sessions + 1, hops = hops + excluded.hops;
END;

CREATE TRIGGER ussd_sessions_stats_insert AFTER INSERT ON ussd_sessions
    WHEN NEW.state = 'ended'
BEGIN
    INSERT INTO stats_ussd_daily (day, service_code, outcome, sessions, hops)
    VALUES (date(NEW.started_at, (SELECT printf('%+d minutes', utc_offset_minutes) FROM stats_calendar)),
            NEW.service_code, NEW.outcome, 1, NEW.hops)
    ON CONFLICT (day, service_code, outcome) DO UPDATE SET sessions = sessions + 1, hops = hops + excluded.hops;
END;

-- How late Paystack's webhooks arrive (arrival minus the payment's paid_at), as a histogram per day: bucket b
-- holds the deliveries whose lag was at most the b-th bound of stats::kLagBoundsMs. Written by the webhook inbox in the
-- transaction that stores the delivery; percentiles are read off the cumulative counts.
CREATE TABLE stats_webhook_lag_daily (
    day TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    deliveries INTEGER NOT NULL,
    PRIMARY KEY (day, bucket)
) WITHOUT ROWID;

-- Refunds and waivers are few: read from their rows, through these indexes.
CREATE INDEX refunds_created ON refunds (created_at);
CREATE INDEX invoice_lines_discounted ON invoice_lines (invoice_id) WHERE discount > 0;
-- The payments behind a chart bar, for one cashier or desk.
CREATE INDEX payments_cashier_paid ON payments (cashier, paid_at);
CREATE INDEX payments_desk_paid ON payments (desk, paid_at);
-- Airtime sales whose outcome is unknown (the tile of that name), without reading every sale.
CREATE INDEX airtime_sales_unknown ON airtime_sales (id) WHERE state = 'unknown';
