-- The inbox processor matches a webhook to a payment by the Paystack reference a verified payment stored when our
-- own reference and the payment request code do not match: every event for nothing of ours reaches that rule, and
-- without an index each one read the whole payments table.
CREATE INDEX payment_attempts_paystack_reference ON payment_attempts (paystack_reference);
