#include "payments/webhook_event.h"

#include "paystack/json_read.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace paydesk {

Result<WebhookEvent, QString> parseWebhookEvent(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("Webhooks", "not JSON: %1 at byte %2")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return QCoreApplication::translate("Webhooks", "not a JSON object");
    const QJsonObject envelope = document.object();
    WebhookEvent parsed;
    parsed.event = envelope.value(QStringLiteral("event")).toString();
    if (parsed.event.isEmpty() || parsed.event.size() > 100)
        return QCoreApplication::translate("Webhooks", "no event name");
    if (!envelope.value(QStringLiteral("data")).isObject())
        return QCoreApplication::translate("Webhooks", "no data object");
    parsed.data = envelope.value(QStringLiteral("data")).toObject();
    // Payment requests are known by their code, refunds by the transaction they refund plus their own id when
    // present; everything else by id, then reference.
    QString identity;
    for (const char* field : {"request_code", "id", "reference", "transaction_reference", "refund_reference"}) {
        const QString value = json::string(parsed.data.value(QLatin1String(field)));
        if (!value.isEmpty()) {
            identity = value;
            break;
        }
    }
    if (identity.isEmpty())
        identity = QStringLiteral("sha256:") +
                   QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    parsed.dedupeKey = parsed.event + u':' + identity;
    return parsed;
}

QString rejectedDedupeKey(const QByteArray& body)
{
    return QStringLiteral("rejected:sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace paydesk
