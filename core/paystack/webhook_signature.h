#pragma once

#include "security/secret.h"

#include <QByteArray>

namespace paydesk {

// Paystack signs each webhook with HMAC-SHA512 over the exact body bytes, keyed with the secret key, sent as
// lowercase hex in the x-paystack-signature header. Verify the raw bytes as received: re-serialised JSON differs.
QByteArray signPaystackWebhook(const QByteArray& rawBody, const Secret& secretKey);
// Constant-time; false for a missing, truncated or non-hex header and for an empty key.
bool verifyPaystackWebhook(const QByteArray& rawBody, const QByteArray& signatureHeader, const Secret& secretKey);

} // namespace paydesk
