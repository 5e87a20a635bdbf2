#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>

namespace paydesk {

// The little a webhook must be understood for before it is stored: its event name and the key that makes a
// redelivery (Paystack retries for 72 hours and sends duplicates) the same row. Paystack sends no event id.
struct WebhookEvent
{
    QString event;
    QString dedupeKey; // event + ':' + data.id / data.request_code / data.reference / data.transaction_reference
    QJsonObject data;
};

// The data fields that say what an event is about, in the order the dedupe key takes the first non-empty one:
// payment requests are known by their code, refunds by the transaction they refund plus their own id when present,
// everything else by id, then reference.
inline constexpr std::array<const char*, 5> kWebhookIdentityFields{"request_code", "id", "reference",
                                                                   "transaction_reference", "refund_reference"};
inline constexpr qsizetype kMaxWebhookEventName = 100;
// "<event>:<identity>", or "<event>:sha256:<hash of the body>" for an event that names nothing.
QString webhookDedupeKey(const QString& event, const QString& identity, const QByteArray& body);

// An error text for bodies that are not {"event": "...", "data": {...}}.
Result<WebhookEvent, QString> parseWebhookEvent(const QByteArray& body);
// A key for bodies that cannot be parsed, so each distinct one is stored once.
QString rejectedDedupeKey(const QByteArray& body);

} // namespace paydesk
