#include "sandbox/webhook_dispatcher.h"

#include "paystack/webhook_signature.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace paydesk::sandbox {

WebhookDispatcher::WebhookDispatcher(QNetworkAccessManager& network, Options options, QObject* parent)
    : QObject(parent), m_network(network), m_options(std::move(options))
{}

qint64 WebhookDispatcher::retryOffsetSeconds(int attempt)
{
    // Attempt 1 at once; 2-5 every 3 minutes; then hourly up to 72 hours after the first.
    if (attempt <= 1)
        return 0;
    if (attempt <= 5)
        return qint64(attempt - 1) * 180;
    const qint64 offset = 4 * 180 + qint64(attempt - 5) * 3600;
    return offset <= 72 * 3600 ? offset : -1;
}

void WebhookDispatcher::injectFault(Fault fault, int count, int delayMs)
{
    m_faults[int(fault)] = count;
    if (fault == Fault::Late)
        m_lateDelayMs = delayMs;
}

void WebhookDispatcher::clearFaults()
{
    m_faults.clear();
}

bool WebhookDispatcher::takeFault(Fault fault)
{
    int& remaining = m_faults[int(fault)];
    if (remaining <= 0)
        return false;
    --remaining;
    return true;
}

void WebhookDispatcher::send(const QString& event, const QJsonObject& data)
{
    Delivery delivery;
    delivery.id = int(m_deliveries.size()) + 1;
    delivery.event = event;
    // Written by hand so that "event" comes first, as in Paystack's bodies (QJsonObject would sort the keys).
    delivery.body = "{\"event\":" + QJsonDocument(QJsonArray{event}).toJson(QJsonDocument::Compact).chopped(1).mid(1) +
                    ",\"data\":" + QJsonDocument(data).toJson(QJsonDocument::Compact) + "}";
    delivery.signature = signPaystackWebhook(delivery.body, m_options.key);
    if (takeFault(Fault::BadSignature))
        delivery.signature = signPaystackWebhook(delivery.body, Secret("not-the-secret-key"));
    m_deliveries.append(delivery);
    const int index = int(m_deliveries.size()) - 1;
    qint64 delay = 0;
    if (takeFault(Fault::Late))
        delay = m_lateDelayMs / qMax(1, m_options.timeScale);
    if (takeFault(Fault::Duplicate)) {
        Delivery copy = delivery;
        copy.id = int(m_deliveries.size()) + 1;
        m_deliveries.append(copy);
        schedule(int(m_deliveries.size()) - 1, delay);
    }
    if (takeFault(Fault::OutOfOrder)) {
        m_heldBack = index; // sent right after the next event
        return;
    }
    schedule(index, delay);
    if (m_heldBack) {
        schedule(*m_heldBack, delay + 1);
        m_heldBack.reset();
    }
}

void WebhookDispatcher::schedule(int index, qint64 delayMs)
{
    QTimer::singleShot(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())), this,
                       [this, index] { attempt(index); });
}

void WebhookDispatcher::attempt(int index)
{
    Delivery& delivery = m_deliveries[index];
    ++delivery.attempts;
    if (m_options.url.isEmpty()) {
        delivery.state = QStringLiteral("not sent: no webhook URL");
        return;
    }
    QNetworkRequest request(m_options.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("x-paystack-signature", delivery.signature);
    request.setRawHeader("User-Agent", "Paystack-Sandbox");
    request.setTransferTimeout(m_options.attemptTimeoutMs);
    QNetworkReply* reply = m_network.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        Delivery& done = m_deliveries[index];
        done.lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit attempted(done.event, done.attempts, done.lastStatus);
        if (done.lastStatus == 200) {
            done.state = QStringLiteral("delivered");
            return;
        }
        const qint64 nextOffset = retryOffsetSeconds(done.attempts + 1);
        if (nextOffset < 0) {
            done.state = QStringLiteral("failed");
            qCInfo(lcSandbox) << "webhook" << done.event << "given up after" << done.attempts << "attempts";
            return;
        }
        const qint64 waitSeconds = nextOffset - retryOffsetSeconds(done.attempts);
        schedule(index, waitSeconds * 1000 / qMax(1, m_options.timeScale));
    });
}

QJsonArray WebhookDispatcher::deliveries() const
{
    QJsonArray array;
    for (const Delivery& delivery : m_deliveries) {
        array.append(QJsonObject{{QStringLiteral("id"), delivery.id},
                                 {QStringLiteral("event"), delivery.event},
                                 {QStringLiteral("attempts"), delivery.attempts},
                                 {QStringLiteral("last_status"), delivery.lastStatus},
                                 {QStringLiteral("state"), delivery.state}});
    }
    return array;
}

} // namespace paydesk::sandbox
