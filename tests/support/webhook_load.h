#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace paydesk::test {

// A load generator for POST /paystack/webhook: unique, signed charge.success bodies of about `bodyBytes` over
// keep-alive loopback connections, all driven by one thread of its own through epoll (plain sockets, no Qt event
// loop, so it loads a server in another process, or in this one, without sharing its thread). Closed loop (each
// connection sends its next delivery when the last is answered) unless `ratePerSecond` is set: then deliveries are
// scheduled at that rate and latency is counted from the scheduled time, so a stalled server cannot hide its queue.
struct WebhookLoad
{
    quint16 port = 0;
    QByteArray secretKey;
    QString referencePrefix = QStringLiteral("load");
    int connections = 32;
    // Source addresses the connections are spread over (127.0.0.1, 127.0.0.2, ...): the server limits connections
    // per address, and Paystack sends from three.
    int sourceAddresses = 1;
    int bodyBytes = 2048;
    qint64 firstId = 1;       // ids must differ between runs: the dedupe key is the event and data.id
    int count = 1000;         // deliveries in all (stop early with `stop`)
    double ratePerSecond = 0; // 0: as fast as answers come
    int answerTimeoutMs = 10000;
    // Build and sign every request before the clock starts (memory: count times the body), so that on a small
    // host the generator's own hashing does not take CPU from the server it measures: Paystack signs on its
    // machines, not on the desk's. Off, requests are built as they go out (runs stopped early, like a kill test).
    bool signAhead = false;

    struct Delivery
    {
        qint64 id = 0;
        int status = 0; // 0: no answer (refused, reset, timed out)
        qint64 latencyMicros = 0;
    };
    struct Outcome
    {
        QList<Delivery> deliveries;   // by id order
        double seconds = 0;           // from the first delivery sent to the last answered
        double signingCpuSeconds = 0; // spent building the requests ahead (signAhead), before `seconds` started
        int answered(int status) const;
        // Latency quantile (0..1) over deliveries answered with `status`, in milliseconds.
        double latencyMs(double quantile, int status = 200) const;
    };

    static QByteArray body(const QString& prefix, qint64 id, int bytes);
    static QString reference(const QString& prefix, qint64 id);
    Outcome run(const std::atomic<bool>* stop = nullptr) const;
};

} // namespace paydesk::test
