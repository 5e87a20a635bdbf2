// kill -9 of paydesk-server while a load generator sends signed webhooks and the sandbox's own deliveries are due:
// every delivery that was answered 200 is in the database, every row is processed exactly once, and deliveries
// that got no 200 (ours resent as Paystack would; the sandbox's retried by its own schedule) land once. Real
// processes, real loopback HTTP, SQLite and PostgreSQL.
#include "payments/webhook_inbox.h"
#include "power_loss_copy.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "server_process.h"
#include "storage/sql.h"
#include "webhook_load.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace paydesk;
using namespace paydesk::test;

namespace {

constexpr qint64 kFirstId = 5000000;

int postPaystack(SandboxRig& rig, const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(rig.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", QByteArray("Bearer ") + SandboxRig::kSecret);
    QNetworkReply* reply = rig.network().post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("sandbox call %s hung", qPrintable(path));
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 count(const Database& db, const QString& statement, const QVariantList& params = {})
{
    auto row = sql::one(db, statement, params, [](const QSqlQuery& query) { return query.value(0).toLongLong(); });
    return row && row->has_value() ? **row : -1;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

  private slots:
    void killedMidLoadLosesNothingAndDoublesNothing_data() { addBackendRows(); }
    void killedMidLoadLosesNothingAndDoublesNothing()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        ServerProcess::Options options{scratch.url(), SandboxRig::kSecret, QUrl(), 0, {}};
        auto server = std::make_unique<ServerProcess>(options);
        const quint16 port = server->start();
        QVERIFY2(port != 0, qPrintable(server->error()));
        // The sandbox delivers its webhooks to the server, retrying on Paystack's schedule (time-scaled).
        SandboxRig rig({QStringLiteral("2232WE17")},
                       QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(port)));
        QVERIFY(rig.isReady());
        options.paystackUrl = rig.baseUrl();

        WebhookLoad load;
        load.port = port;
        load.secretKey = SandboxRig::kSecret;
        load.connections = 16;
        load.firstId = kFirstId;
        load.count = 200000; // more than can be sent before the kill
        std::atomic<bool> stop{false};
        WebhookLoad::Outcome first;
        std::thread loader([&] { first = load.run(&stop); });
        QTest::qWait(1500);
        server->kill9();
        // While it is down, two USSD payments succeed at Paystack: their charge.success cannot be delivered now.
        for (int i = 1; i <= 2; ++i) {
            const QString reference = QStringLiteral("crash-charge-%1").arg(i);
            QCOMPARE(
                postPaystack(rig, QStringLiteral("/charge"),
                             {{QStringLiteral("email"), QStringLiteral("crash%1@example.com").arg(i)},
                              {QStringLiteral("amount"), QStringLiteral("500000")},
                              {QStringLiteral("reference"), reference},
                              {QStringLiteral("ussd"), QJsonObject{{QStringLiteral("type"), QStringLiteral("737")}}}}),
                200);
            QCOMPARE(rig.control(QStringLiteral("/_sandbox/charges/%1/complete").arg(reference),
                                 {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                     200);
        }
        QTest::qWait(300);
        stop = true;
        loader.join();

        QList<qint64> acknowledged;
        QList<qint64> unanswered;
        for (const WebhookLoad::Delivery& delivery : std::as_const(first.deliveries))
            (delivery.status == 200 ? acknowledged : unanswered) << delivery.id;
        QVERIFY2(acknowledged.size() > 200, qPrintable(QString::number(acknowledged.size())));
        QVERIFY2(!unanswered.isEmpty(), "the kill should have cut some deliveries off");

        // Durable: everything that was answered 200 is there after the kill, before any restart.
        const qint64 stored = count(db,
                                    QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE event = "
                                                   "'charge.success' AND dedupe_key >= ?"),
                                    {QStringLiteral("charge.success:%1").arg(kFirstId)});
        QVERIFY2(stored >= acknowledged.size(),
                 qPrintable(QStringLiteral("%1 stored, %2 acknowledged").arg(stored).arg(acknowledged.size())));
        for (qint64 id : std::as_const(acknowledged)) {
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE dedupe_key = ?"),
                           {QStringLiteral("charge.success:%1").arg(id)}),
                     qint64(1));
        }

        // Restart on the same port. The leases the killed process held run out (60 s; moved along here rather
        // than waited for), then everything unanswered is sent again, with a few answered ones as duplicates.
        server = std::make_unique<ServerProcess>(
            ServerProcess::Options{scratch.url(), SandboxRig::kSecret, rig.baseUrl(), port, {}});
        QVERIFY2(server->start() == port, qPrintable(server->error()));
        QVERIFY(sql::exec(db,
                          QStringLiteral("UPDATE webhook_inbox SET claimed_until = ? WHERE claimed_until IS NOT "
                                         "NULL"),
                          {sql::timeValue(QDateTime::currentDateTimeUtc().addSecs(-1))}));
        WebhookLoad again = load;
        QList<qint64> resend = unanswered + acknowledged.mid(0, 100);
        int resentOk = 0;
        for (qint64 id : std::as_const(resend)) {
            again.firstId = id;
            again.count = 1;
            again.connections = 1;
            resentOk += again.run().answered(200);
        }
        QCOMPARE(resentOk, int(resend.size()));

        // The sandbox's retries land by themselves once the server is back.
        const WebhookInbox inbox(db);
        auto sandboxRows = [&] {
            int rows = 0;
            for (const InboxEntry& entry : inbox.list(QString(), 100000).valueOr({}))
                rows += entry.body.contains("crash-charge-") ? 1 : 0;
            return rows;
        };
        QVERIFY(QTest::qWaitFor([&] { return sandboxRows() == 2; }, 30000));

        // Every row processed, each exactly once, nothing stored twice.
        const qint64 total = acknowledged.size() + unanswered.size() + 2;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return count(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE state = 'processed'")) ==
                       total;
            },
            60000));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox")), total);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE attempts <> 1")), qint64(0));
        QCOMPARE(server->stop(), 0);
        qInfo("%lld acknowledged before the kill, %lld cut off, %lld stored in all",
              static_cast<long long>(acknowledged.size()), static_cast<long long>(unanswered.size()),
              static_cast<long long>(total));
    }

    // A power cut in the middle of a flood on SQLite: the server is frozen mid-flood (every thread where it stands),
    // its database and log copied as the disk holds them, without -shm, then killed. Every delivery it had answered
    // 200 before the freeze is in the copy, which passes integrity_check.
    void powerCutMidFloodKeepsEveryAcknowledgedDelivery()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.migrate(), "migration failed");
        ServerProcess server({scratch.url(), SandboxRig::kSecret, QUrl(), 0, {}});
        const quint16 port = server.start();
        QVERIFY2(port != 0, qPrintable(server.error()));

        WebhookLoad load;
        load.port = port;
        load.secretKey = SandboxRig::kSecret;
        load.connections = 32;
        load.sourceAddresses = 2;
        load.firstId = kFirstId;
        load.count = 400000; // more than can be sent before the cut
        std::atomic<bool> stop{false};
        WebhookLoad::Outcome outcome;
        std::thread loader([&] { outcome = load.run(&stop); });
        QTest::qWait(2000);
        server.freeze();
        const PowerLossCopy copy(scratch.url().path);
        server.kill9(); // nothing it held in memory ever reaches the disk
        stop = true;
        loader.join();

        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        const QStringList keys = copy.column("SELECT dedupe_key FROM webhook_inbox WHERE event = 'charge.success'");
        const QSet<QString> stored(keys.cbegin(), keys.cend());
        int acknowledged = 0;
        for (const WebhookLoad::Delivery& delivery : std::as_const(outcome.deliveries)) {
            if (delivery.status != 200)
                continue;
            ++acknowledged;
            QVERIFY2(
                stored.contains(QStringLiteral("charge.success:%1").arg(delivery.id)),
                qPrintable(QStringLiteral("delivery %1 was answered 200 but is not in the copy").arg(delivery.id)));
        }
        QVERIFY2(acknowledged > 500, qPrintable(QString::number(acknowledged)));
        qInfo("%d deliveries acknowledged before the power cut, all in the copy (%lld rows there)", acknowledged,
              static_cast<long long>(stored.size()));
    }
};

int main(int argc, char* argv[])
{
    if (const int child = runServerChild(argc, argv); child >= 0)
        return child;
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_safety.moc"
