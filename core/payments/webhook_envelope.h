#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace paydesk {

// What the intake files a delivery under, read straight from the raw bytes without building a JSON tree. The HTTP
// thread reads every delivery of a flood, and QJsonDocument took an eighth of its time for this little.
//
// Only bodies the reader is sure of take this path: ASCII only, no \u escapes, no number with an exponent, no key
// that matters given twice, nothing nested deeper than 64. For everything else, and for every body that is not an
// event, the answer is "don't know" (nullopt) and parseWebhookEvent decides, more slowly, as it always has. The two
// must agree on every body the reader does answer: the fuzz target and test_webhook_envelope check that they do.
struct WebhookEnvelope
{
    QString event;
    QString dedupeKey;   // as parseWebhookEvent makes it
    QString paidAt;      // data.paid_at when it is a string, else empty
    QString paidAtCamel; // data.paidAt likewise (Paystack sends both spellings)
};

std::optional<WebhookEnvelope> scanWebhookEnvelope(const QByteArray& body);

} // namespace paydesk
