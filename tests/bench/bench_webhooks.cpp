// Webhook intake under load: `paydesk-server serve` in its own process (this executable started with
// --paydesk-server), a load generator on loopback sending unique signed charge.success bodies of about 2 KB.
// Prints sustained deliveries per second with every 200 durable (the rows are counted afterwards), and p50/p99
// latency at a fixed 500 deliveries per second, on SQLite and on PostgreSQL.
#include "payments/webhook_inbox.h"
#include "scratch_database.h"
#include "server_process.h"
#include "storage/migrator.h"
#include "webhook_load.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QByteArray kKey = "sk_test_benchwebhooks0123456789abcd";

void measure(const QString& backend, int sustainedCount, int connections)
{
    ScratchDatabase scratch(backend);
    if (!scratch.isReady()) {
        std::printf("webhooks %-10s  skipped: %s\n", qPrintable(backend), qPrintable(scratch.skipReason()));
        return;
    }
    if (!Migrator(scratch.db()).migrate()) {
        std::printf("webhooks %-10s  FAILED to migrate\n", qPrintable(backend));
        return;
    }
    ServerProcess server({scratch.url(),
                          kKey,
                          QUrl(QStringLiteral("http://127.0.0.1:9")),
                          0,
                          {QStringLiteral("QT_LOGGING_RULES=paydesk.*.info=false")}});
    const quint16 port = server.start();
    if (port == 0) {
        std::printf("webhooks %-10s  FAILED: the server did not start: %s\n", qPrintable(backend),
                    qPrintable(server.error()));
        return;
    }
    WebhookLoad load;
    load.port = port;
    load.secretKey = kKey;
    load.connections = connections;

    load.referencePrefix = QStringLiteral("warm");
    load.count = 2000;
    load.run();

    load.referencePrefix = QStringLiteral("sustained");
    load.firstId = 1000000;
    load.count = sustainedCount;
    const WebhookLoad::Outcome sustained = load.run();
    const int ok = sustained.answered(200);

    // The paced run measures a steady state: the processor first works off the backlog the flood left.
    QElapsedTimer draining;
    draining.start();
    const WebhookInbox inbox(scratch.db());
    while (inbox.count(QStringLiteral("received")).valueOr(0) > 0 && draining.elapsed() < 300000)
        QThread::msleep(200);
    const double drainSeconds = draining.elapsed() / 1000.0;

    load.referencePrefix = QStringLiteral("rate");
    load.firstId = 2000000;
    load.count = 5000;
    load.connections = 16;
    load.ratePerSecond = 500;
    const WebhookLoad::Outcome paced = load.run();
    server.stop();

    const qint64 stored = WebhookInbox(scratch.db()).count().valueOr(-1);
    const qint64 expected = 2000 + sustainedCount + 5000;
    std::printf("webhooks %-10s  sustained %7.0f deliveries/s  (%d of %d answered 200, %d connections, p50 %.2f ms, "
                "p99 %.2f ms)\n",
                qPrintable(backend), ok / sustained.seconds, ok, int(sustained.deliveries.size()), connections,
                sustained.latencyMs(0.50), sustained.latencyMs(0.99));
    std::printf("webhooks %-10s  processor worked off the flood's backlog in %.1f s after it ended\n",
                qPrintable(backend), drainSeconds);
    std::printf("webhooks %-10s  at 500/s  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d of %d answered 200)\n",
                qPrintable(backend), paced.latencyMs(0.50), paced.latencyMs(0.99), paced.latencyMs(1.0),
                paced.answered(200), int(paced.deliveries.size()));
    std::printf("webhooks %-10s  durable: %lld rows stored for %lld deliveries sent%s\n", qPrintable(backend),
                static_cast<long long>(stored), static_cast<long long>(expected),
                stored == expected ? "" : "  MISMATCH");
}

} // namespace

int main(int argc, char* argv[])
{
    if (const int child = runServerChild(argc, argv); child >= 0)
        return child;
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int connections = argc > 2 ? QByteArray(argv[2]).toInt() : 64;
    measure(QStringLiteral("sqlite"), count, connections);
    measure(QStringLiteral("postgresql"), count, connections);
    return 0;
}
