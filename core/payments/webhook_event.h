#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace paydesk {

// The little a webhook must be understood for before it is stored: its event name and the key that makes a
// redelivery (Paystack retries for 72 hours and sends duplicates) the same row. Paystack sends no event id.
struct WebhookEvent
{
    QString event;
    QString dedupeKey; // event + ':' + data.id / data.request_code / data.reference / data.transaction_reference
    QJsonObject data;
};

// An error text for bodies that are not {"event": "...", "data": {...}}.
Result<WebhookEvent, QString> parseWebhookEvent(const QByteArray& body);
// A key for bodies that cannot be parsed, so each distinct one is stored once.
QString rejectedDedupeKey(const QByteArray& body);

} // namespace paydesk
