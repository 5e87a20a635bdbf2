-- Recounts the summary tables of migration 0009 from their rows, at the calendar's offset. Run in one transaction
-- by StatsSummaries::rebuild; the webhook lag histogram is recounted in C++ (it needs each body's paid_at).
DELETE FROM stats_payments_daily;
DELETE FROM stats_payments_hourly;
DELETE FROM stats_attempts_daily;
DELETE FROM stats_airtime_daily;
DELETE FROM stats_ussd_daily;

INSERT INTO stats_payments_daily (day, desk, cashier, method, currency, payments, amount)
SELECT date(paid_at, c.modifier), desk, cashier, method, currency, count(*), sum(amount)
FROM payments, (SELECT printf('%+d minutes', utc_offset_minutes) AS modifier FROM stats_calendar) c
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_payments_hourly (day, hour, method, currency, payments, amount)
SELECT date(paid_at, c.modifier), CAST(strftime('%H', paid_at, c.modifier) AS INTEGER), method, currency, count(*),
       sum(amount)
FROM payments, (SELECT printf('%+d minutes', utc_offset_minutes) AS modifier FROM stats_calendar) c
GROUP BY 1, 2, 3, 4;

INSERT INTO stats_attempts_daily (day, desk, cashier, method, currency, outcome, attempts, amount, finish_ms)
SELECT date(COALESCE(finished_at, updated_at), c.modifier), desk, cashier, method, currency, state, count(*),
       sum(amount),
       sum(CAST(round((julianday(COALESCE(finished_at, updated_at)) - julianday(created_at)) * 86400000) AS INTEGER))
FROM payment_attempts, (SELECT printf('%+d minutes', utc_offset_minutes) AS modifier FROM stats_calendar) c
WHERE state IN ('succeeded', 'failed', 'cancelled', 'expired')
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO stats_airtime_daily (day, desk, network, currency, outcome, sales, amount)
SELECT date(created_at, c.modifier), desk, network, currency, state, count(*), sum(amount)
FROM airtime_sales, (SELECT printf('%+d minutes', utc_offset_minutes) AS modifier FROM stats_calendar) c
WHERE state IN ('delivered', 'failed')
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_ussd_daily (day, service_code, outcome, sessions, hops)
SELECT date(started_at, c.modifier), service_code, outcome, count(*), sum(hops)
FROM ussd_sessions, (SELECT printf('%+d minutes', utc_offset_minutes) AS modifier FROM stats_calendar) c
WHERE state = 'ended'
GROUP BY 1, 2, 3;
