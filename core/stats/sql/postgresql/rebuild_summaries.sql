-- Recounts the summary tables of migration 0009 from their rows, at the calendar's offset. Run in one transaction
-- by StatsSummaries::rebuild; the webhook lag histogram is recounted in C++ (it needs each body's paid_at).
DELETE FROM stats_payments_daily;
DELETE FROM stats_payments_hourly;
DELETE FROM stats_attempts_daily;
DELETE FROM stats_airtime_daily;
DELETE FROM stats_ussd_daily;

INSERT INTO stats_payments_daily (day, desk, cashier, method, currency, payments, amount)
SELECT paydesk_local_time(paid_at)::date, desk, cashier, method, currency, count(*), sum(amount)
FROM payments
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_payments_hourly (day, hour, method, currency, payments, amount)
SELECT paydesk_local_time(paid_at)::date, extract(hour FROM paydesk_local_time(paid_at))::integer, method, currency,
       count(*), sum(amount)
FROM payments
GROUP BY 1, 2, 3, 4;

INSERT INTO stats_attempts_daily (day, desk, cashier, method, currency, outcome, attempts, amount, finish_ms)
SELECT paydesk_local_time(COALESCE(finished_at, updated_at))::date, desk, cashier, method, currency, state, count(*),
       sum(amount), sum(round(extract(epoch FROM COALESCE(finished_at, updated_at) - created_at) * 1000))::bigint
FROM payment_attempts
WHERE state IN ('succeeded', 'failed', 'cancelled', 'expired')
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO stats_airtime_daily (day, desk, network, currency, outcome, sales, amount)
SELECT paydesk_local_time(created_at)::date, desk, network, currency, state, count(*), sum(amount)
FROM airtime_sales
WHERE state IN ('delivered', 'failed')
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO stats_ussd_daily (day, service_code, outcome, sessions, hops)
SELECT paydesk_local_time(started_at)::date, service_code, outcome, count(*), sum(hops)
FROM ussd_sessions
WHERE state = 'ended'
GROUP BY 1, 2, 3;
