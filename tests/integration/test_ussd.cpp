#include "airtime/vtpass_provider.h"
#include "cli/exit_codes.h"
#include "cli/server_cli.h"
#include "cli_run.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/training_secret_store.h"
#include "server/http_router.h"
#include "storage/sql.h"
#include "ussd/flow_repository.h"
#include "ussd/ussd_service.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(":/paydesk/ussd/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sample files on disk, as an operator hands them to the command line.
QString onDisk(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(QString(name).replace(u'/', u'_'));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(sample(name));
    return path;
}

// The keys the effects need, where paydesk-server reads them: the environment.
void useSandboxKeys()
{
    qputenv("PAYDESK_PAYSTACK_SECRET", SandboxRig::kSecret);
    qputenv("PAYDESK_VTPASS_API_KEY", TrainingSecretStore::kVtpassApiKey);
    qputenv("PAYDESK_VTPASS_SECRET_KEY", TrainingSecretStore::kVtpassSecretKey);
    qputenv("PAYDESK_VTPASS_PUBLIC_KEY", TrainingSecretStore::kVtpassPublicKey);
    qputenv("PAYDESK_LOANS_API_KEY", TrainingSecretStore::kLoansApiKey);
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer post(QNetworkAccessManager& network, const QUrl& url, const QByteArray& type, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply* reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(20000))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QByteArray form(const QString& session, const QString& phone, const QString& code, const QString& text)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sessionId"), session);
    query.addQueryItem(QStringLiteral("phoneNumber"), QString(phone).replace(u'+', QStringLiteral("%2B")));
    query.addQueryItem(QStringLiteral("serviceCode"),
                       QString(code).replace(u'*', QStringLiteral("%2A")).replace(u'#', QStringLiteral("%23")));
    query.addQueryItem(QStringLiteral("networkCode"), QStringLiteral("62130"));
    query.addQueryItem(QStringLiteral("text"), QString(text).replace(u'*', QStringLiteral("%2A")));
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

} // namespace

class TestUssd : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase() { useSandboxKeys(); }

    // `paydesk-server ussd test` runs each sample's script against the sandbox over loopback HTTP.
    void sampleScriptsPass_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("*999# airtime") << QStringLiteral("airtime-999");
        QTest::newRow("*666# Paystack") << QStringLiteral("paystack-666");
        QTest::newRow("*383# loans") << QStringLiteral("loans-383");
    }
    void sampleScriptsPass()
    {
        QFETCH(QString, name);
        SandboxRig rig;
        QVERIFY(rig.isReady());
        QTemporaryDir dir;
        const QString base = rig.baseUrl().toString();
        const CliRun run = runCli(
            {QStringLiteral("ussd"), QStringLiteral("test"), onDisk(dir, name + QStringLiteral(".json")),
             onDisk(dir, QStringLiteral("tests/") + name + QStringLiteral(".test.json")),
             QStringLiteral("--paystack-url"), base, QStringLiteral("--vtpass-url"), base, QStringLiteral("--setting"),
             QStringLiteral("api=") + base, QStringLiteral("--setting"), QStringLiteral("sandbox=") + base});
        QVERIFY2(run.code == ExitOk, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("sessions passed")));
        QVERIFY(!run.out.contains(QStringLiteral("FAIL")));

        // A script whose expectation is wrong fails, with the step and the screen.
        QByteArray script = sample(QStringLiteral("tests/") + name + QStringLiteral(".test.json"));
        const QJsonObject original = QJsonDocument::fromJson(script).object();
        QJsonArray sessions = original.value(u"sessions").toArray();
        QJsonObject first = sessions.at(0).toObject();
        QJsonArray steps = first.value(u"steps").toArray();
        QJsonObject dial = steps.at(0).toObject();
        dial.insert(QStringLiteral("expect"), QStringLiteral("Something else entirely"));
        steps.replace(0, dial);
        first.insert(QStringLiteral("steps"), steps);
        sessions.replace(0, first);
        QJsonObject broken = original;
        broken.insert(QStringLiteral("sessions"), sessions);
        const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
        QFile out(brokenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(broken).toJson());
        out.close();
        const CliRun failing =
            runCli({QStringLiteral("ussd"), QStringLiteral("test"), onDisk(dir, name + QStringLiteral(".json")),
                    brokenPath, QStringLiteral("--paystack-url"), base, QStringLiteral("--vtpass-url"), base,
                    QStringLiteral("--setting"), QStringLiteral("api=") + base});
        QCOMPARE(failing.code, int(ExitRefused));
        QVERIFY(failing.out.contains(QStringLiteral("FAIL  ")));
        QVERIFY(failing.out.contains(
            QStringLiteral("sessions[0].steps[0]: expected the screen to contain \"Something else entirely\"")));
    }

    void lintCommand()
    {
        QTemporaryDir dir;
        const CliRun clean =
            runCli({QStringLiteral("ussd"), QStringLiteral("lint"), onDisk(dir, QStringLiteral("airtime-999.json"))});
        QCOMPARE(clean.code, int(ExitOk));
        QVERIFY(clean.out.contains(QStringLiteral("0 error(s), 0 warning(s)")));

        QByteArray text = sample(QStringLiteral("airtime-999.json"));
        text.replace("\"next\": \"confirm\"", "\"next\": \"confirmm\"");
        const QString path = dir.filePath(QStringLiteral("typo.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const CliRun typo = runCli({QStringLiteral("ussd"), QStringLiteral("lint"), path});
        QCOMPARE(typo.code, int(ExitRefused));
        QVERIFY2(typo.out.contains(QStringLiteral("screens.amount.options[0].next: no screen has the id \"confirmm\"")),
                 qPrintable(typo.out));

        const CliRun missing =
            runCli({QStringLiteral("ussd"), QStringLiteral("lint"), dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(missing.code, int(ExitUsage));
        QVERIFY(missing.err.contains(QStringLiteral("cannot read")));
    }

    void importExportList_data() { addBackendRows(); }
    void importExportList()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QTemporaryDir dir;
        const QString db = databaseArgument(scratch);
        const QString flowPath = onDisk(dir, QStringLiteral("paystack-666.json"));
        const CliRun imported =
            runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("import"), flowPath});
        QVERIFY2(imported.code == ExitOk, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("imported *666# (Pay with Paystack), revision 1")));
        QCOMPARE(
            runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("import"), flowPath}).code,
            int(ExitOk));

        // Export gives back the very bytes imported.
        const QString exported = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("export"),
                         QStringLiteral("*666#"), exported})
                     .code,
                 int(ExitOk));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), sample(QStringLiteral("paystack-666.json")));
        const CliRun listed =
            runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("list")});
        QVERIFY(listed.out.contains(QStringLiteral("*666#\tPay with Paystack\trevision 2")));

        // A flow with an error is refused, the problem named, and nothing changes.
        QByteArray broken = sample(QStringLiteral("paystack-666.json"));
        broken.replace("\"name\": \"Pay with Paystack\"", "\"name\": \"Broken\"");
        broken.replace("{{vars.reference}}.\"", "{{vars.refrence}}.\"");
        const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
        QFile out(brokenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken);
        out.close();
        const CliRun refused =
            runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("import"), brokenPath});
        QCOMPARE(refused.code, int(ExitRefused));
        QVERIFY2(refused.err.contains(QStringLiteral("screens.later.text.en: {{vars.refrence}} is never set")),
                 qPrintable(refused.err));
        auto stored = ussd::FlowRepository(scratch.db()).find(QStringLiteral("*666#"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->name, QStringLiteral("Pay with Paystack"));
        QCOMPARE((*stored)->revision, 2);
        QCOMPARE(runCli({QStringLiteral("--database"), db, QStringLiteral("ussd"), QStringLiteral("export"),
                         QStringLiteral("*777#")})
                     .code,
                 int(ExitRefused));

        // A cashier may not change services from the designer; each change is in the audit chain.
        auto byNobody = ussd::FlowRepository(scratch.db())
                            .save(sample(QStringLiteral("airtime-999.json")), QStringLiteral("nobody"));
        QVERIFY(!byNobody);
        QVERIFY(byNobody.error().message.contains(QStringLiteral("administrator")));
        auto saves =
            sql::exec(scratch.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ussd.flow.saved'"));
        QVERIFY(saves && saves->next());
        QCOMPARE(saves->value(0).toInt(), 2);
        QVERIFY(AuditLog(scratch.db()).verify()->intact);
    }

    // The three gateway routes over real HTTP on loopback, with sessions written behind to the database.
    void gatewaysOverHttp_data() { addBackendRows(); }
    void gatewaysOverHttp()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        SandboxRig rig;
        QVERIFY(rig.isReady());
        DatabaseWorker worker;
        worker.adopt(scratch.db());
        TrainingSecretStore secrets(std::make_unique<MemorySecretStore>());
        airtime::VtpassProvider::Options vtpassOptions;
        vtpassOptions.baseUrl = rig.baseUrl();
        airtime::VtpassProvider vtpass(rig.network(), secrets, vtpassOptions);
        ussd::EffectRunner effects(rig.network(), rig.secrets(), &rig.client(), &vtpass);
        ussd::UssdService service(worker, scratch.db(), effects, ussd::UssdService::Options{});
        auto flow = ussd::parseFlow(sample(QStringLiteral("airtime-999.json")));
        QVERIFY(flow);
        service.setFlows({*flow});

        HttpServer server(HttpServer::Limits{});
        HttpRouter router;
        const QByteArray token = "an-admin-token-of-enough-length";
        service.addRoutes(router, [token](const HttpRequest& request, const HttpResponder& responder) {
            if (request.header("authorization") == "Bearer " + token)
                return true;
            responder.respond(HttpResponse::json(401, "{}"));
            return false;
        });
        router.install(server);
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        QNetworkAccessManager network;
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
        const QUrl at(base + QStringLiteral("/ussd/africastalking"));
        const QByteArray formType = "application/x-www-form-urlencoded";
        const QString phone = QStringLiteral("+2348011111111");

        // Africa's Talking: cumulative text, CON/END.
        Answer a = post(network, at, formType, form(QStringLiteral("ATUid_1"), phone, QStringLiteral("*999#"), {}));
        QCOMPARE(a.status, 200);
        QVERIFY2(a.body.startsWith("CON Buy airtime\n1. For my number"), a.body.constData());
        a = post(network, at, formType,
                 form(QStringLiteral("ATUid_1"), phone, QStringLiteral("*999#"), QStringLiteral("1")));
        QVERIFY(a.body.startsWith("CON Choose the network"));
        // The same hop again (a gateway retry): the same screen, nothing advanced.
        a = post(network, at, formType,
                 form(QStringLiteral("ATUid_1"), phone, QStringLiteral("*999#"), QStringLiteral("1")));
        QVERIFY(a.body.startsWith("CON Choose the network"));
        a = post(network, at, formType,
                 form(QStringLiteral("ATUid_1"), phone, QStringLiteral("*999#"), QStringLiteral("1*1*3")));
        QVERIFY2(a.body.startsWith("CON Buy NGN 500.00 MTN airtime for 0801 111 1111?"), a.body.constData());
        a = post(network, at, formType,
                 form(QStringLiteral("ATUid_1"), phone, QStringLiteral("*999#"), QStringLiteral("1*1*3*1")));
        QVERIFY2(a.body == "END Done: NGN 500.00 airtime sent to 0801 111 1111.", a.body.constData());
        const QJsonArray sales = rig.controlGet(QStringLiteral("/_sandbox/vtpass/sales")).value(u"data").toArray();
        QCOMPARE(sales.size(), 1);

        // Another phone presenting a known session id sees nothing of it.
        post(network, at, formType, form(QStringLiteral("ATUid_2"), phone, QStringLiteral("*999#"), {}));
        a = post(network, at, formType,
                 form(QStringLiteral("ATUid_2"), QStringLiteral("+2348099999999"), QStringLiteral("*999#"),
                      QStringLiteral("1")));
        QCOMPARE(a.body, QByteArray("END This service is not available."));

        // Malformed requests get each gateway's own error shape.
        a = post(network, at, formType, "sessionId=&phoneNumber=x");
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.startsWith("END Sorry, this request could not be read"));
        a = post(network, at, "application/json", "{}");
        QCOMPARE(a.status, 400);
        const QUrl hubtel(base + QStringLiteral("/ussd/hubtel"));
        a = post(network, hubtel, "application/json", "not json at all");
        QCOMPARE(a.status, 400);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"Type"), QStringLiteral("Release"));
        const QUrl generic(base + QStringLiteral("/ussd/json"));
        a = post(network, generic, "application/json", "[1,2]");
        QCOMPARE(a.status, 400);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"responseType"), QStringLiteral("notification"));
        // An unknown service code is a clear end, not an error.
        a = post(network, at, formType, form(QStringLiteral("ATUid_3"), phone, QStringLiteral("*123#"), {}));
        QCOMPARE(a.body, QByteArray("END This service is not available."));

        // Hubtel: incremental messages, JSON Response/Release.
        auto hubtelHop = [&](const char* type, const QString& message) {
            const QJsonObject body{{QStringLiteral("Type"), QString::fromLatin1(type)},
                                   {QStringLiteral("Message"), message},
                                   {QStringLiteral("Mobile"), QStringLiteral("2348031234567")},
                                   {QStringLiteral("SessionId"), QStringLiteral("h1")},
                                   {QStringLiteral("Operator"), QStringLiteral("mtn")}};
            const Answer answer = post(network, hubtel, "application/json", QJsonDocument(body).toJson());
            return QJsonDocument::fromJson(answer.body).object();
        };
        QCOMPARE(hubtelHop("Initiation", QStringLiteral("*999#")).value(u"Type"), QStringLiteral("Response"));
        QVERIFY(hubtelHop("Response", QStringLiteral("2"))
                    .value(u"Message")
                    .toString()
                    .startsWith(QStringLiteral("Choose the network")));
        QCOMPARE(service.sessions().size(), 2); // ATUid_2 and h1
        QCOMPARE(hubtelHop("Release", QString()).value(u"Type"), QStringLiteral("Release"));
        QCOMPARE(service.sessions().size(), 1);

        // The generic JSON shape.
        auto jsonHop = [&](const QString& text) {
            const QJsonObject body{{QStringLiteral("sessionId"), QStringLiteral("j1")},
                                   {QStringLiteral("phoneNumber"), QStringLiteral("+2348031234567")},
                                   {QStringLiteral("serviceCode"), QStringLiteral("*999#")},
                                   {QStringLiteral("text"), text}};
            return QJsonDocument::fromJson(
                       post(network, generic, "application/json", QJsonDocument(body).toJson()).body)
                .object();
        };
        QCOMPARE(jsonHop({}).value(u"responseType"), QStringLiteral("input"));
        const QJsonObject cancelled = jsonHop(QStringLiteral("2*1*08031234567*1*2"));
        QCOMPARE(cancelled.value(u"responseType"), QStringLiteral("notification"));
        QCOMPARE(cancelled.value(u"message"), QStringLiteral("Cancelled. Nothing was bought."));

        // Admin routes: the bearer token, the list, ending a session.
        QNetworkRequest listRequest(QUrl(base + QStringLiteral("/admin/ussd/sessions")));
        QNetworkReply* unauthorised = network.get(listRequest);
        QVERIFY(QSignalSpy(unauthorised, &QNetworkReply::finished).wait(10000));
        QCOMPARE(unauthorised->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        listRequest.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* listed = network.get(listRequest);
        QVERIFY(QSignalSpy(listed, &QNetworkReply::finished).wait(10000));
        const QJsonArray live = QJsonDocument::fromJson(listed->readAll()).object().value(u"data").toArray();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.at(0).toObject().value(u"id"), QStringLiteral("at:ATUid_2"));
        QNetworkRequest endRequest(QUrl(base + QStringLiteral("/admin/ussd/sessions/end")));
        endRequest.setRawHeader("Authorization", "Bearer " + token);
        endRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* ended = network.post(endRequest, QByteArray("{\"id\":\"at:ATUid_2\"}"));
        QVERIFY(QSignalSpy(ended, &QNetworkReply::finished).wait(10000));
        QCOMPARE(ended->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(service.sessions().isEmpty());

        // Written behind: every session reaches the database with its path and outcome.
        bool flushed = false;
        service.flush([&flushed](bool ok) { flushed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(flushed, 10000);
        auto recent = ussd::SessionStore(scratch.db()).recent(10);
        QVERIFY(recent);
        QHash<QString, ussd::SessionSummary> byId;
        for (const auto& summary : *recent)
            byId.insert(summary.id, summary);
        QCOMPARE(byId.value(QStringLiteral("at:ATUid_1")).outcome, QStringLiteral("completed"));
        QCOMPARE(byId.value(QStringLiteral("at:ATUid_1")).path, QStringLiteral("1*1*3*1"));
        QCOMPARE(byId.value(QStringLiteral("hubtel:h1")).outcome, QStringLiteral("released"));
        QCOMPARE(byId.value(QStringLiteral("json:j1")).outcome, QStringLiteral("completed"));
        QCOMPARE(byId.value(QStringLiteral("at:ATUid_2")).outcome, QStringLiteral("ended by an admin"));
        server.close();
    }
};

QTEST_GUILESS_MAIN(TestUssd)
#include "test_ussd.moc"
