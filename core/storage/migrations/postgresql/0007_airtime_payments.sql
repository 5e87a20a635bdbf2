-- Customers may pay for airtime through Paystack (their bank's USSD code) as well as in cash. The payment is a row
-- of its own, written before Paystack is asked; it carries the order, and the sale is recorded (and the wallet
-- debited) only once the payment is verified, under the payment's client token, so that it happens once.
-- airtime_sales.payment gains 'paystack' and the sale keeps the payment's reference.

ALTER TABLE airtime_sales DROP CONSTRAINT airtime_sales_payment_check;
ALTER TABLE airtime_sales ADD CONSTRAINT airtime_sales_payment_check CHECK (payment IN ('cash', 'paystack'));
ALTER TABLE airtime_sales ADD COLUMN payment_reference TEXT NOT NULL DEFAULT '';

CREATE TABLE airtime_payments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_token TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    method TEXT NOT NULL CHECK (method IN ('ussd')),
    bank TEXT NOT NULL,
    ussd_code TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL CHECK (state IN ('created', 'waiting', 'paid', 'failed')),
    paystack_transaction_id BIGINT,
    detail TEXT NOT NULL DEFAULT '',
    desk TEXT NOT NULL,
    vendor TEXT NOT NULL,
    phone TEXT NOT NULL,
    country TEXT NOT NULL,
    network TEXT NOT NULL,
    detected_network TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL,
    provider_service TEXT NOT NULL,
    commission BIGINT NOT NULL CHECK (commission >= 0),
    created_at TIMESTAMPTZ NOT NULL,
    settled_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX airtime_payments_open ON airtime_payments (desk, state, id);
