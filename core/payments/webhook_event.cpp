#include "payments/webhook_event.h"

#include "paystack/json_read.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace paydesk {

namespace {

QString sha256Hex(const QByteArray& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

} // namespace

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
    if (parsed.event.isEmpty() || parsed.event.size() > kMaxWebhookEventName)
        return QCoreApplication::translate("Webhooks", "no event name");
    if (!envelope.value(QStringLiteral("data")).isObject())
        return QCoreApplication::translate("Webhooks", "no data object");
    parsed.data = envelope.value(QStringLiteral("data")).toObject();
    QString identity;
    for (const char* field : kWebhookIdentityFields) {
        identity = json::string(parsed.data.value(QLatin1String(field)));
        if (!identity.isEmpty())
            break;
    }
    parsed.dedupeKey = webhookDedupeKey(parsed.event, identity, body);
    return parsed;
}

QString webhookDedupeKey(const QString& event, const QString& identity, const QByteArray& body)
{
    if (!identity.isEmpty())
        return event + u':' + identity;
    return event + QStringLiteral(":sha256:") + sha256Hex(body);
}

QString rejectedDedupeKey(const QByteArray& body)
{
    return QStringLiteral("rejected:sha256:") + sha256Hex(body);
}

} // namespace paydesk
