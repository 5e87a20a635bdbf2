#include "billing/price_list.h"
#include "cli/exit_codes.h"
#include "cli/server_cli.h"
#include "cli_run.h"
#include "payments/webhook_inbox.h"
#include "paystack/webhook_signature.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "storage/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QStringList withDb(const ScratchDatabase& scratch, QStringList args)
{
    return QStringList{QStringLiteral("--database"), databaseArgument(scratch)} + args;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

  private slots:
    void usersAddListUnlock_data() { addBackendRows(); }
    void usersAddListUnlock()
    {
        QFETCH(QString, backend);
        ScratchDatabase scratch(backend);
        PAYDESK_REQUIRE_READY(scratch);
        CliRun add = runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin1"),
                                             QStringLiteral("--role"), QStringLiteral("admin"),
                                             QStringLiteral("--name"), QStringLiteral("Ngozi Admin")}),
                            QStringLiteral("long-enough-pw\n"));
        QVERIFY2(add.code == ExitOk, qPrintable(add.err));
        QCOMPARE(add.out.trimmed(), QStringLiteral("added admin1 (admin)"));

        CliRun list = runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("list")}));
        QCOMPARE(list.code, int(ExitOk));
        QVERIFY(list.out.contains(QStringLiteral("admin1\tadmin\tNgozi Admin")));

        CliRun duplicate =
            runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin1"),
                                    QStringLiteral("--role"), QStringLiteral("admin")}),
                   QStringLiteral("long-enough-pw\n"));
        QCOMPARE(duplicate.code, int(ExitRefused));
        QVERIFY(duplicate.err.contains(QStringLiteral("already exists")));

        CliRun weak = runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                                              QStringLiteral("--role"), QStringLiteral("cashier")}),
                             QStringLiteral("short\n"));
        QCOMPARE(weak.code, int(ExitRefused));
        QVERIFY(weak.err.contains(QStringLiteral("at least 8")));

        CliRun badRole = runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                                                 QStringLiteral("--role"), QStringLiteral("janitor")}),
                                QStringLiteral("long-enough-pw\n"));
        QCOMPARE(badRole.code, int(ExitUsage));

        QCOMPARE(
            runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("admin1")})).code,
            int(ExitOk));
        QCOMPARE(
            runCli(withDb(scratch, {QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("ghost")})).code,
            int(ExitRefused));
    }

    void auditVerifyReportsFirstBrokenRow_data() { addBackendRows(); }
    void auditVerifyReportsFirstBrokenRow()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(audit.append(QStringLiteral("t"), QStringLiteral("test.event"), QString::number(i)).ok());
        CliRun intact = runCli(withDb(scratch, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(intact.code, int(ExitOk));
        QCOMPARE(intact.out.trimmed(), QStringLiteral("audit chain intact: 3 rows"));

        const QString drop = scratch.db().dialect() == Database::Dialect::Sqlite
                                 ? QStringLiteral("DROP TRIGGER audit_log_no_update")
                                 : QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log");
        QVERIFY(sql::exec(scratch.db(), drop).ok());
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("UPDATE audit_log SET subject = 'x' WHERE seq = 2")).ok());
        CliRun broken = runCli(withDb(scratch, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(broken.code, int(ExitAuditBroken));
        QVERIFY(broken.out.contains(QStringLiteral("BROKEN at row 2")));
    }

    void pricelistImportReportsRejectedLines_data() { addBackendRows(); }
    void pricelistImportReportsRejectedLines()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prices.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,name,category,unit_price\nCONS-GP,General consultation,Consultation,5000\n"
                   "LAB-MP,Malaria parasite test,Laboratory,15OO\n");
        file.close();
        const CliRun partly = runCli(withDb(scratch, {QStringLiteral("pricelist"), QStringLiteral("import"), path}));
        QCOMPARE(partly.code, int(ExitRefused));
        QVERIFY2(partly.err.contains(QStringLiteral("line 3 rejected")), qPrintable(partly.err));
        QVERIFY(partly.out.contains(QStringLiteral("1 added, 0 updated, 1 rejected")));
        QCOMPARE(*PriceListRepository(scratch.db()).count(), qint64(1));
        QCOMPARE(runCli(withDb(scratch, {QStringLiteral("pricelist"), QStringLiteral("import")})).code, int(ExitUsage));
        QCOMPARE(runCli(withDb(scratch, {QStringLiteral("pricelist"), QStringLiteral("import"),
                                         dir.filePath(QStringLiteral("none.csv"))}))
                     .code,
                 int(ExitUsage));
        QCOMPARE(runCli(withDb(scratch, {QStringLiteral("pricelist"), QStringLiteral("import"), path,
                                         QStringLiteral("--currency"), QStringLiteral("XYZ")}))
                     .code,
                 int(ExitUsage));
    }

    void databaseErrorsHaveExitCodes()
    {
        QTemporaryDir dir;
        CliRun missing = runCli(
            {QStringLiteral("--database"), dir.filePath(QStringLiteral("nope.sqlite3")), QStringLiteral("migrate")});
        QCOMPARE(missing.code, int(ExitDatabase));
        QVERIFY(missing.err.startsWith(QStringLiteral("paydesk-server: The database file")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite3"))));

        CliRun init =
            runCli({QStringLiteral("--database"), dir.filePath(QStringLiteral("new.sqlite3")), QStringLiteral("init")});
        QCOMPARE(init.code, int(ExitOk));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("new.sqlite3"))));

        CliRun badUrl =
            runCli({QStringLiteral("--database"), QStringLiteral("mysql://x/y"), QStringLiteral("migrate")});
        QCOMPARE(badUrl.code, int(ExitDatabase));
        QVERIFY(badUrl.err.contains(QStringLiteral("Invalid database URL")));

        CliRun unreachable =
            runCli({QStringLiteral("--database"), QStringLiteral("postgresql://x@127.0.0.1:1/db?connect_timeout=2"),
                    QStringLiteral("migrate")});
        QCOMPARE(unreachable.code, int(ExitDatabase));
        QCOMPARE(unreachable.err.count(u'\n'), 1); // one line on stderr
    }

    void schemaTooNewExitCode()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        QVERIFY(
            sql::exec(scratch.db(), QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 'x', 'now')"))
                .ok());
        CliRun run = runCli(withDb(scratch, {QStringLiteral("migrate")}));
        QCOMPARE(run.code, int(ExitSchemaTooNew));
        QVERIFY(run.err.contains(QStringLiteral("999")));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).code, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).code, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("--no-such-option")}).code, int(ExitUsage));
        CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, int(ExitOk));
        QVERIFY(help.out.contains(QStringLiteral("users add")));
    }

    // reconcile against paydesk-sandbox over loopback: clean on a quiet day, exit 5 when Paystack has a success
    // that no desk made; bad dates and a missing key are usage errors.
    void reconcileReportsAgainstPaystack()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        SandboxRig sandbox;
        QVERIFY(sandbox.isReady());
        const QStringList where{QStringLiteral("--paystack-url"), sandbox.baseUrl().toString()};
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        QCOMPARE(runCli(withDb(scratch, QStringList{QStringLiteral("reconcile")} + where)).code,
                 int(ExitSecretMissing));
        qputenv("PAYDESK_PAYSTACK_SECRET", SandboxRig::kSecret);
        // The CLI runs its own event loop; the sandbox answers from this thread's, so run it on a helper thread.
        auto reconcile = [&](const QStringList& extra) {
            CliRun run;
            QThread thread;
            QObject::connect(&thread, &QThread::started, [&] {
                run = runCli(withDb(scratch, QStringList{QStringLiteral("reconcile")} + where + extra));
                thread.quit();
            });
            thread.start();
            if (!QTest::qWaitFor([&] { return thread.isFinished(); }, 20000))
                qFatal("reconcile did not finish");
            return run;
        };
        const CliRun quiet = reconcile({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(quiet.code, int(ExitOk));
        QCOMPARE(QJsonDocument::fromJson(quiet.out.toUtf8()).object().value(QStringLiteral("clean")).toBool(), true);
        paystack::TransactionInput stranger;
        stranger.email = QStringLiteral("someone@example.com");
        stranger.amount = Money::fromMinor(250000, Currency::ngn());
        stranger.reference = QStringLiteral("OTHER-SHOP-2");
        std::optional<bool> initialized;
        sandbox.client().initializeTransaction(stranger, this, [&](const auto& r) { initialized = r.ok(); });
        QTRY_VERIFY(initialized.has_value());
        QCOMPARE(sandbox.control(QStringLiteral("/_sandbox/charges/OTHER-SHOP-2/complete"),
                                 {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        const CliRun flagged = reconcile({});
        QCOMPARE(flagged.code, int(ExitRefused));
        QVERIFY2(flagged.out.contains(QStringLiteral("1 missing on our side")), qPrintable(flagged.out));
        QVERIFY(flagged.out.contains(QStringLiteral("OTHER-SHOP-2")));
        QCOMPARE(reconcile({QStringLiteral("--from"), QStringLiteral("2026-13-01")}).code, int(ExitUsage));
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
    }

    void secretCheck()
    {
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        CliRun missing = runCli({QStringLiteral("secret"), QStringLiteral("check")});
        QCOMPARE(missing.code, int(ExitSecretMissing));
        qputenv("PAYDESK_PAYSTACK_SECRET", "pk_test_0123456789abcdefghijklmn");
        QCOMPARE(runCli({QStringLiteral("secret"), QStringLiteral("check")}).code, int(ExitSecretMissing));
        qputenv("PAYDESK_PAYSTACK_SECRET", "sk_test_0123456789abcdefghijklmn");
        CliRun ok = runCli({QStringLiteral("secret"), QStringLiteral("check")});
        QCOMPARE(ok.code, int(ExitOk));
        QCOMPARE(ok.out.trimmed(), QStringLiteral("Paystack: test key"));
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
    }

    void serveAnswersHealthAndStoresWebhooks()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(scratch.migrate());
        const QByteArray key = "sk_test_0123456789abcdefghijklmn";
        qputenv("PAYDESK_PAYSTACK_SECRET", key);
        QNetworkAccessManager network;
        int healthStatus = 0;
        QJsonObject health;
        int webhookStatus = 0;
        QString out;
        QTextStream outStream(&out);
        // Once serve prints where it listens: ask /health, deliver a signed webhook, then stop it with SIGTERM.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            static const QRegularExpression where(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
            const auto match = where.match(out);
            if (!match.hasMatch())
                return;
            poll.stop();
            const QString base = QStringLiteral("http://127.0.0.1:") + match.captured(1);
            const QByteArray body = R"({"event":"charge.success","data":{"id":77,"reference":"r77","amount":5000}})";
            QNetworkRequest post(QUrl(base + QStringLiteral("/paystack/webhook")));
            post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            post.setRawHeader("x-paystack-signature", signPaystackWebhook(body, Secret(key)));
            QNetworkReply* delivered = network.post(post, body);
            connect(delivered, &QNetworkReply::finished, this, [&, delivered, base] {
                webhookStatus = delivered->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QNetworkReply* asked = network.get(QNetworkRequest(QUrl(base + QStringLiteral("/health"))));
                connect(asked, &QNetworkReply::finished, this, [&, asked] {
                    healthStatus = asked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    health = QJsonDocument::fromJson(asked->readAll()).object();
                    // Then let the inbox processor take the row before stopping.
                    QTimer::singleShot(1500, [] { std::raise(SIGTERM); });
                });
            });
        });
        poll.start(50);
        QString input;
        QString err;
        QTextStream in(&input);
        QTextStream errStream(&err);
        const int code = runServerCli(
            QStringList{QStringLiteral("paydesk-server")} +
                withDb(scratch, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("serve")}),
            in, outStream, errStream);
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        QCOMPARE(code, int(ExitOk));
        QCOMPARE(webhookStatus, 200);
        QCOMPARE(healthStatus, 200);
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(QStringLiteral("database")).toBool(), true);
        QVERIFY(health.value(QStringLiteral("inbox_backlog")).toInteger() <= 1);
        QVERIFY(!health.value(QStringLiteral("last_webhook_at")).toString().isEmpty());
        QCOMPARE(*WebhookInbox(scratch.db()).count(), 1);
        // serve also runs the inbox processor: the event for nothing of ours is kept, processed, with the reason.
        const InboxEntry row = WebhookInbox(scratch.db()).list()->first();
        QCOMPARE(row.state, QStringLiteral("processed"));
        QVERIFY2(row.reason.contains(QStringLiteral("no payment of ours")), qPrintable(row.reason));

        // The operator's view of the inbox, as JSON and CSV; a replay queues the row again.
        const CliRun json = runCli(withDb(scratch, {QStringLiteral("inbox")}));
        QCOMPARE(json.code, int(ExitOk));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("dedupe_key")).toString(),
                 QStringLiteral("charge.success:77"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("processed"));
        QVERIFY(!json.out.contains(QStringLiteral("r77\",\"amount"))); // bodies are not printed
        const CliRun csv =
            runCli(withDb(scratch, {QStringLiteral("inbox"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--state"), QStringLiteral("processed")}));
        QCOMPARE(csv.code, int(ExitOk));
        QVERIFY(csv.out.startsWith(QStringLiteral("id,event,dedupe_key,state,received_at")));
        QCOMPARE(csv.out.trimmed().split(u'\n').size(), 2);
        QCOMPARE(
            runCli(withDb(scratch, {QStringLiteral("inbox"), QStringLiteral("--state"), QStringLiteral("odd")})).code,
            int(ExitUsage));
        QCOMPARE(
            runCli(withDb(scratch, {QStringLiteral("inbox"), QStringLiteral("replay"), QString::number(row.id)})).code,
            int(ExitOk));
        QCOMPARE(WebhookInbox(scratch.db()).list()->first().state, QStringLiteral("received"));
        auto audited = AuditLog(scratch.db()).search({{}, {}, QStringLiteral("inbox.replayed"), {}}, 10);
        QVERIFY(audited && audited->size() == 1);
        QCOMPARE(audited->first().actor, QStringLiteral("paydesk-server"));
        QCOMPARE(
            runCli(withDb(scratch, {QStringLiteral("inbox"), QStringLiteral("replay"), QStringLiteral("999")})).code,
            int(ExitRefused));
    }

    void serveWithoutHttpStopsOnSigterm()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        qputenv("PAYDESK_PAYSTACK_SECRET", "sk_test_0123456789abcdefghijklmn");
        QTimer::singleShot(300, [] { std::raise(SIGTERM); });
        CliRun run =
            runCli(withDb(scratch, {QStringLiteral("--listen"), QStringLiteral("off"), QStringLiteral("serve")}));
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        QCOMPARE(run.code, int(ExitOk));
        QVERIFY(run.out.contains(QStringLiteral("ready")));
        qputenv("PAYDESK_PAYSTACK_SECRET", "sk_test_0123456789abcdefghijklmn");
        const CliRun badListen =
            runCli(withDb(scratch, {QStringLiteral("--listen"), QStringLiteral("nowhere"), QStringLiteral("serve")}));
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        QCOMPARE(badListen.code, int(ExitUsage));
        QVERIFY(badListen.err.contains(QStringLiteral("127.0.0.1:8088")));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "test_server_cli.moc"
