#include "payments/webhook_inbox.h"
#include "payments/webhook_intake.h"
#include "security/audit_log.h"
#include "paystack/webhook_signature.h"
#include "sandbox/paystack_sandbox.h"
#include "scratch_database.h"
#include "server/http_router.h"
#include "server/paydesk_http_service.h"
#include "storage/database_worker.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QByteArray kKey = "sk_test_intake0123456789abcdefghij";

QByteArray webhookBody(const QString& name, qint64 id, const QString& extra = QString())
{
    return QStringLiteral(
               R"({"event":"%1","data":{"id":%2,"reference":"ref-%2","amount":"5000","status":"success"%3}})")
        .arg(name)
        .arg(id)
        .arg(extra)
        .toUtf8();
}

} // namespace

// POST /paystack/webhook over real loopback HTTP into the inbox, on SQLite and PostgreSQL.
class TestWebhookIntake : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    struct Rig
    {
        std::unique_ptr<DatabaseWorker> worker;
        std::unique_ptr<WebhookIntake> intake;
        std::unique_ptr<HttpServer> server;
        HttpRouter router;
        quint16 port = 0;
    };

    std::unique_ptr<Rig> start(const Database& db, WebhookIntake::Options options = {})
    {
        auto rig = std::make_unique<Rig>();
        rig->worker = std::make_unique<DatabaseWorker>();
        rig->worker->adopt(db);
        rig->intake = std::make_unique<WebhookIntake>(
            *rig->worker, db, [] { return Secret(kKey); }, options);
        rig->server = std::make_unique<HttpServer>(HttpServer::Limits{});
        rig->router.add({{"POST"},
                         QStringLiteral("/paystack/webhook"),
                         [intake = rig->intake.get()](const HttpRequest& request, HttpResponder responder) {
                             intake->handle(request, std::move(responder));
                         },
                         64 * 1024,
                         {}});
        rig->router.install(*rig->server);
        rig->port = *rig->server->listen(QHostAddress::LocalHost, 0);
        return rig;
    }

    QNetworkReply* post(quint16 port, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!signature.isEmpty())
            request.setRawHeader("x-paystack-signature", signature);
        return m_network.post(request, body);
    }

    int deliver(quint16 port, const QByteArray& body, const QByteArray& signature)
    {
        QNetworkReply* reply = post(port, body, signature);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("no answer");
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // A request to an admin route: the status and the JSON answer.
    std::pair<int, QJsonObject> admin(quint16 port,
                                      const QByteArray& method,
                                      const QString& pathAndQuery,
                                      const QByteArray& token,
                                      const QByteArray& body = QByteArray())
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("no answer");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

  private slots:
    void storesOnceAndAnswersAfterwards_data() { addBackendRows(); }
    void storesOnceAndAnswersAfterwards()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        auto rig = start(scratch.db());
        const WebhookInbox inbox(scratch.db());
        const QByteArray body = webhookBody(QStringLiteral("charge.success"), 4099260516);
        const QByteArray signature = signPaystackWebhook(body, Secret(kKey));

        QCOMPARE(deliver(rig->port, body, signature), 200);
        QCOMPARE(*inbox.count(), 1);
        const InboxEntry stored = inbox.list()->first();
        QCOMPARE(stored.event, QStringLiteral("charge.success"));
        QCOMPARE(stored.dedupeKey, QStringLiteral("charge.success:4099260516"));
        QCOMPARE(stored.body, body); // the exact bytes
        QCOMPARE(stored.state, QStringLiteral("received"));
        QCOMPARE(stored.source, QStringLiteral("127.0.0.1"));

        QCOMPARE(deliver(rig->port, body, signature), 200); // Paystack's retry
        QCOMPARE(*inbox.count(), 1);
    }

    void refusesWhatIsNotSignedOrTooBig_data() { addBackendRows(); }
    void refusesWhatIsNotSignedOrTooBig()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        auto rig = start(scratch.db());
        const WebhookInbox inbox(scratch.db());
        const QByteArray body = webhookBody(QStringLiteral("charge.success"), 1);
        const QByteArray signature = signPaystackWebhook(body, Secret(kKey));
        QCOMPARE(deliver(rig->port, body, QByteArray()), 401);
        QCOMPARE(deliver(rig->port, body, signPaystackWebhook(body, Secret("sk_test_someoneelse"))), 401);
        QCOMPARE(deliver(rig->port, body.chopped(5), signature), 401); // truncated on the way
        QCOMPARE(deliver(rig->port, body, signature.left(100)), 401);
        const QByteArray huge = webhookBody(QStringLiteral("charge.success"), 2,
                                            QStringLiteral(R"(,"pad":"%1")").arg(QString(70 * 1024, u'x')));
        QCOMPARE(deliver(rig->port, huge, signPaystackWebhook(huge, Secret(kKey))), 413);
        QCOMPARE(*inbox.count(), 0);

        // Signed, but not an event: kept as rejected with the reason, answered 400.
        const QByteArray junk = "this is not json";
        QCOMPARE(deliver(rig->port, junk, signPaystackWebhook(junk, Secret(kKey))), 400);
        QCOMPARE(*inbox.count(QStringLiteral("rejected")), 1);
        QVERIFY(inbox.list(QStringLiteral("rejected"))->first().reason.contains(QStringLiteral("not JSON")));
        // A signed empty body too, sent alongside a good delivery (most likely into the same batch): neither fails
        // the other.
        const QByteArray good = webhookBody(QStringLiteral("charge.success"), 4);
        QNetworkReply* empty = post(rig->port, QByteArray(), signPaystackWebhook(QByteArray(), Secret(kKey)));
        QNetworkReply* alongside = post(rig->port, good, signPaystackWebhook(good, Secret(kKey)));
        for (QNetworkReply* reply : {empty, alongside}) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || done.wait(10000));
        }
        QCOMPARE(empty->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(alongside->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        empty->deleteLater();
        alongside->deleteLater();
        QCOMPARE(*inbox.count(QStringLiteral("rejected")), 2);
        QCOMPARE(inbox.list(QStringLiteral("rejected"))->first().body, QByteArray(""));
        // An event type nobody handles yet is stored and shown, not dropped.
        const QByteArray unknown = webhookBody(QStringLiteral("subscription.not_renew"), 3);
        QCOMPARE(deliver(rig->port, unknown, signPaystackWebhook(unknown, Secret(kKey))), 200);
        QCOMPARE(*inbox.count(QStringLiteral("received")), 2);
    }

    // A delivery that cannot be stored is not acknowledged, so Paystack sends it again later.
    void unstorableDeliveriesAreNotAcknowledged_data() { addBackendRows(); }
    void unstorableDeliveriesAreNotAcknowledged()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        auto rig = start(scratch.db());
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("ALTER TABLE webhook_inbox RENAME TO webhook_inbox_away")).ok());
        const QByteArray body = webhookBody(QStringLiteral("charge.success"), 42);
        const QByteArray signature = signPaystackWebhook(body, Secret(kKey));
        QCOMPARE(deliver(rig->port, body, signature), 503);
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("ALTER TABLE webhook_inbox_away RENAME TO webhook_inbox")).ok());
        QCOMPARE(deliver(rig->port, body, signature), 200); // Paystack's retry lands
        QCOMPARE(*WebhookInbox(scratch.db()).count(), 1);
    }

    // Also with batches of at most three, so that most deliveries wait behind a full batch and are taken by a later
    // one: every delivery must still be answered, by the batch that wrote it.
    void concurrentDeliveriesAreGroupCommitted_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("maxBatch");
        for (const char* backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s", backend) << QString::fromLatin1(backend) << WebhookIntake::Options{}.maxBatch;
            QTest::addRow("%s, batches of three", backend) << QString::fromLatin1(backend) << 3;
        }
    }
    void concurrentDeliveriesAreGroupCommitted()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QFETCH(int, maxBatch);
        WebhookIntake::Options options;
        options.maxBatch = maxBatch;
        auto rig = start(scratch.db(), options);
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 300; ++i) {
            const QByteArray body = webhookBody(QStringLiteral("charge.success"), 10000 + i);
            replies << post(rig->port, body, signPaystackWebhook(body, Secret(kKey)));
            if (i % 6 == 0) // and the same deliveries again, concurrently: duplicates
                replies << post(rig->port, body, signPaystackWebhook(body, Secret(kKey)));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); });
            },
            30000));
        // Each answer is the one its own delivery earned: every new key "Stored" once, every second copy "Already
        // stored" (an answer given to the wrong delivery would move a count).
        int fresh = 0;
        int again = 0;
        for (QNetworkReply* reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QByteArray answer = reply->readAll();
            fresh += answer.contains("\"Stored\"") ? 1 : 0;
            again += answer.contains("\"Already stored\"") ? 1 : 0;
            reply->deleteLater();
        }
        QCOMPARE(fresh, 300);
        QCOMPARE(again, 50);
        QCOMPARE(*WebhookInbox(scratch.db()).count(), 300);
        QVERIFY2(rig->intake->batchesCommitted() < replies.size(),
                 qPrintable(QStringLiteral("%1 batches for %2 deliveries")
                                .arg(rig->intake->batchesCommitted())
                                .arg(replies.size())));
    }

    void adminRoutesListAndReplayBehindTheToken()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        DatabaseWorker worker;
        worker.adopt(scratch.db());
        const QByteArray token = "admin-token-0123456789abcdef";
        PaydeskHttpService::Options options;
        options.port = 0;
        options.adminToken = Secret(token);
        PaydeskHttpService service(worker, scratch.db(), Secret(kKey), options);
        QSignalSpy replayed(&service, &PaydeskHttpService::inboxReplayed);
        const quint16 port = *service.start();
        const QByteArray body = webhookBody(QStringLiteral("charge.success"), 31);
        QCOMPARE(deliver(port, body, signPaystackWebhook(body, Secret(kKey))), 200);
        QCOMPARE(deliver(port, "not json", signPaystackWebhook("not json", Secret(kKey))), 400);

        // No token, a wrong one, a token that is only a prefix: 401 with the scheme to use, nothing listed.
        for (const QByteArray& wrong : {QByteArray(), QByteArray("admin-token-0123456789abcdeX"), token.left(10)}) {
            const auto [status, answer] = admin(port, "GET", QStringLiteral("/admin/inbox"), wrong);
            QCOMPARE(status, 401);
            QVERIFY(!answer.contains(QStringLiteral("data")));
        }
        const auto [listed, inbox] = admin(port, "GET", QStringLiteral("/admin/inbox"), token);
        QCOMPARE(listed, 200);
        const QJsonArray rows = inbox.value(QStringLiteral("data")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("dedupe_key")).toString(),
                 QStringLiteral("charge.success:31"));
        QVERIFY(!QJsonDocument(inbox).toJson().contains("ref-31")); // bodies stay in the database
        const auto [filtered, rejectedOnly] = admin(port, "GET", QStringLiteral("/admin/inbox?state=rejected"), token);
        QCOMPARE(filtered, 200);
        QCOMPARE(rejectedOnly.value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(admin(port, "GET", QStringLiteral("/admin/inbox?state=odd"), token).first, 400);
        QCOMPARE(admin(port, "GET", QStringLiteral("/admin/inbox?limit=0"), token).first, 400);
        QCOMPARE(admin(port, "DELETE", QStringLiteral("/admin/inbox"), token).first, 405);

        const qint64 charge = rows.at(1).toObject().value(QStringLiteral("id")).toInteger();
        const qint64 rejected = rows.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(sql::exec(scratch.db(),
                          QStringLiteral("UPDATE webhook_inbox SET state = 'failed', attempts = 12 WHERE id = ?"),
                          {charge}));
        QCOMPARE(admin(port, "POST", QStringLiteral("/admin/inbox/replay"), QByteArray(),
                       QStringLiteral(R"({"id":%1})").arg(charge).toUtf8())
                     .first,
                 401);
        const auto [queued, queuedAnswer] = admin(port, "POST", QStringLiteral("/admin/inbox/replay"), token,
                                                  QStringLiteral(R"({"id":%1})").arg(charge).toUtf8());
        QCOMPARE(queued, 200);
        QCOMPARE(queuedAnswer.value(QStringLiteral("status")).toBool(), true);
        QCOMPARE(replayed.size(), 1);
        QCOMPARE(WebhookInbox(scratch.db()).list(QStringLiteral("received"))->size(), 1);
        auto audited = AuditLog(scratch.db()).search({{}, {}, QStringLiteral("inbox.replayed"), {}}, 10);
        QVERIFY(audited && audited->size() == 1);
        QCOMPARE(audited->first().actor, QStringLiteral("admin-api"));
        QCOMPARE(audited->first().subject, QStringLiteral("inbox:%1").arg(charge));
        QCOMPARE(admin(port, "POST", QStringLiteral("/admin/inbox/replay"), token,
                       QStringLiteral(R"({"id":%1})").arg(rejected).toUtf8())
                     .first,
                 409);
        QCOMPARE(admin(port, "POST", QStringLiteral("/admin/inbox/replay"), token, R"({"id":999})").first, 404);
        QCOMPARE(admin(port, "POST", QStringLiteral("/admin/inbox/replay"), token, R"({"id":"x"})").first, 400);
        QCOMPARE(admin(port, "POST", QStringLiteral("/admin/inbox/replay"), token, "{").first, 400);

        // Without a configured token the routes are switched off, whatever is sent.
        PaydeskHttpService::Options off;
        off.port = 0;
        PaydeskHttpService closed(worker, scratch.db(), Secret(kKey), off);
        QCOMPARE(admin(*closed.start(), "GET", QStringLiteral("/admin/inbox"), token).first, 403);
    }

    void sandboxDeliveriesLand()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        auto rig = start(scratch.db());
        sandbox::PaystackSandbox::Options options;
        options.secretKey = Secret(kKey);
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(rig->port));
        options.timeScale = 1000;
        sandbox::PaystackSandbox emulator(m_network, options);
        QVERIFY(emulator.open().ok());
        HttpServer sandboxServer({});
        sandboxServer.setHandler([&](const HttpRequest& request, HttpResponder responder) {
            emulator.handle(request, std::move(responder));
        });
        const quint16 sandboxPort = *sandboxServer.listen(QHostAddress::LocalHost, 0);
        emulator.setPublicUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sandboxPort)));
        auto api = [&](const QString& path, const QJsonObject& body) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(sandboxPort).arg(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + kKey);
            QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
        };
        api(QStringLiteral("/customer"), {{QStringLiteral("email"), QStringLiteral("ada@example.com")}});
        const QJsonObject request =
            api(QStringLiteral("/paymentrequest"),
                {{QStringLiteral("customer"), QStringLiteral("ada@example.com")}, {QStringLiteral("amount"), 500000}});
        api(QStringLiteral("/terminal/2232WE17/event"),
            {{QStringLiteral("type"), QStringLiteral("invoice")},
             {QStringLiteral("action"), QStringLiteral("process")},
             {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), request.value(QStringLiteral("id"))}}}});
        QTest::qWait(50); // the terminal picks the bill up (2 s of Paystack time)
        api(QStringLiteral("/_sandbox/terminals/2232WE17/tap"),
            {{QStringLiteral("outcome"), QStringLiteral("success")}});
        const WebhookInbox inbox(scratch.db());
        QVERIFY(QTest::qWaitFor([&] { return inbox.count().valueOr(0) == 3; }, 10000));
        QStringList events;
        for (const InboxEntry& entry : *inbox.list())
            events << entry.event;
        events.sort();
        QCOMPARE(events, (QStringList{QStringLiteral("charge.success"), QStringLiteral("paymentrequest.pending"),
                                      QStringLiteral("paymentrequest.success")}));
    }
};

QTEST_GUILESS_MAIN(TestWebhookIntake)
#include "test_webhook_intake.moc"
