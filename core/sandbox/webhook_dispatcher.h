#pragma once

#include "security/secret.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace paydesk::sandbox {

// Delivers events the way Paystack does: {"event": ..., "data": ...} POSTed as compact JSON, signed with
// HMAC-SHA512 of the exact bytes under the secret key (x-paystack-signature, lowercase hex); anything but HTTP 200
// is a failed attempt, retried every 3 minutes four times, then hourly until 72 hours have passed. timeScale
// compresses that schedule (60: minutes become seconds). Faults can be injected for the next N events.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QUrl url; // empty: events are recorded but not sent
        Secret key;
        int timeScale = 1;
        int attemptTimeoutMs = 30000;
    };
    enum class Fault { Duplicate, OutOfOrder, Late, BadSignature };

    WebhookDispatcher(QNetworkAccessManager& network, Options options, QObject* parent = nullptr);

    void send(const QString& event, const QJsonObject& data);
    // The next `count` events get this fault; Late delays each by `delayMs` of Paystack time (see timeScale).
    void injectFault(Fault fault, int count, int delayMs = 0);
    void clearFaults();
    // Every delivery with its attempts, for GET /_sandbox/webhooks.
    QJsonArray deliveries() const;

    // Seconds after the first attempt at which attempt n (1-based) is made; -1 when there is none.
    static qint64 retryOffsetSeconds(int attempt);

  signals:
    void attempted(const QString& event, int attempt, int httpStatus);

  private:
    struct Delivery
    {
        int id = 0;
        QString event;
        QByteArray body;
        QByteArray signature;
        int attempts = 0;
        int lastStatus = 0;
        QString state = QStringLiteral("pending"); // pending, delivered, failed
    };
    void schedule(int index, qint64 delayMs);
    void attempt(int index);
    bool takeFault(Fault fault);

    QNetworkAccessManager& m_network;
    Options m_options;
    QList<Delivery> m_deliveries;
    QHash<int, int> m_faults; // Fault -> how many more events get it
    int m_lateDelayMs = 0;
    std::optional<int> m_heldBack; // an out-of-order event waiting for the next one
};

} // namespace paydesk::sandbox
