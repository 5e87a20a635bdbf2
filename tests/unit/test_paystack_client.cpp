#include "fake_network.h"
#include "log_capture.h"
#include "paystack/paystack_client.h"
#include "security/memory_secret_store.h"

#include <QJsonDocument>
#include <QTest>

using namespace paydesk;
using namespace paydesk::paystack;
using namespace paydesk::test;

namespace {

const QByteArray kKey = "sk_test_client0123456789abcdefghij";

template <typename T> struct Outcome
{
    std::optional<Result<T, PaystackError>> result;
    bool arrived() const { return result.has_value(); }
};

QByteArray ok(const QByteArray& message, const QByteArray& data)
{
    return R"({"status":true,"message":")" + message + R"(","data":)" + data + "}";
}

} // namespace

class TestPaystackClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<PaystackClient> m_client;

    void makeClient(FakeNetwork::Handler handler, PaystackClient::Options options = fastOptions())
    {
        m_network = std::make_unique<FakeNetwork>(std::move(handler));
        m_client = std::make_unique<PaystackClient>(*m_network, *m_secrets, options);
    }

    static PaystackClient::Options fastOptions()
    {
        PaystackClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("https://api.paystack.test"));
        options.backoffMs = 10;
        options.deadlineMs = 5000;
        return options;
    }

    // Starts a call and waits for its one callback.
    template <typename T, typename Start> Result<T, PaystackError> await(Start start)
    {
        Outcome<T> outcome;
        int calls = 0;
        start([&](const Result<T, PaystackError>& r) {
            ++calls;
            outcome.result = r;
        });
        if (!QTest::qWaitFor([&] { return outcome.arrived(); }, 10000))
            qFatal("no callback");
        QTest::qWait(50); // nothing to wait for: a second callback must not come
        if (calls != 1)
            qFatal("callback ran %d times", calls);
        return *outcome.result;
    }

  private slots:
    void init()
    {
        m_secrets = std::make_unique<MemorySecretStore>();
        bool written = false;
        m_secrets->write(SecretKey::PaystackSecret, Secret(kKey), this,
                         [&](const SecretWriteResult&) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 1000));
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void sendsAuthorizedJsonRequests()
    {
        makeClient([](const FakeRequest&) {
            return FakeResponse::json(200, ok("Customer retrieved", R"({"id":4099260516,"customer_code":"CUS_x",
                "email":"ada@example.com","metadata":0})"));
        });
        const auto customer = await<Customer>(
            [&](auto done) { m_client->fetchCustomer(QStringLiteral("ada+desk/1@example.com"), this, done); });
        QVERIFY(customer.ok());
        QCOMPARE(customer->id, quint64(4099260516));
        QCOMPARE(customer->code, QStringLiteral("CUS_x"));
        const FakeRequest& sent = m_network->requests().first();
        QCOMPARE(sent.verb, QByteArray("GET"));
        QCOMPARE(sent.request.rawHeader("Authorization"), "Bearer " + kKey);
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArray("application/json"));
        // The e-mail cannot change the path.
        QCOMPARE(sent.request.url().path(QUrl::FullyEncoded), QStringLiteral("/customer/ada%2Bdesk%2F1%40example.com"));
        QCOMPARE(sent.request.url().host(), QStringLiteral("api.paystack.test"));
    }

    void postsTypedBodies()
    {
        makeClient([](const FakeRequest&) {
            return FakeResponse::json(200, ok("Payment request created", R"({"id":6304434,"request_code":"PRQ_1",
                "offline_reference":"4634336304434","status":"pending","amount":550000,"currency":"NGN","customer":7})"));
        });
        PaymentRequestInput input;
        input.customer = QStringLiteral("CUS_5lgv9bc41uw15pb");
        input.description = QStringLiteral("INV-000123");
        input.lineItems = {{QStringLiteral("Consultation"), Money::fromMinor(500000, Currency::ngn()), 1},
                           {QStringLiteral("Malaria test"), Money::fromMinor(25000, Currency::ngn()), 2}};
        const auto created =
            await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest(input, this, done); });
        QVERIFY(created.ok());
        QCOMPARE(created->requestCode, QStringLiteral("PRQ_1"));
        const QJsonObject body = QJsonDocument::fromJson(m_network->requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("customer")).toString(), QStringLiteral("CUS_5lgv9bc41uw15pb"));
        const QJsonArray lines = body.value(QStringLiteral("line_items")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("amount")).toInteger(), 25000);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("quantity")).toInteger(), 2);
        QVERIFY(!body.contains(QStringLiteral("amount"))); // the total comes from the lines
        QCOMPARE(body.value(QStringLiteral("send_notification")).toBool(true), false);
    }

    void terminalEventCarriesTheOfflineReferenceAsAString()
    {
        makeClient([](const FakeRequest&) {
            return FakeResponse::json(200, ok("Event sent to Terminal", R"({"id":"616d721e8c5cd40a0cdd54a6"})"));
        });
        PaymentRequest request;
        request.id = 7895939;
        request.offlineReference = QStringLiteral("4634337895939");
        const auto sent = await<QString>([&](auto done) {
            m_client->sendTerminalEvent(QStringLiteral("2232WE17"), TerminalEvent::processInvoice(request), this, done);
        });
        QCOMPARE(*sent, QStringLiteral("616d721e8c5cd40a0cdd54a6"));
        const QJsonObject body = QJsonDocument::fromJson(m_network->requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("invoice"));
        QCOMPARE(body.value(QStringLiteral("action")).toString(), QStringLiteral("process"));
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(), 7895939);
        QVERIFY(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("reference")).isString());
    }

    void readsAreRetriedThroughServerErrors()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            if (calls < 3)
                return FakeResponse::json(502, "<html>Bad gateway</html>");
            return FakeResponse::json(
                200, ok("Verification successful",
                        R"({"id":1,"reference":"r1","status":"success","amount":5000,"currency":"NGN"})"));
        });
        const auto verified =
            await<Transaction>([&](auto done) { m_client->verifyTransaction(QStringLiteral("r1"), this, done); });
        QVERIFY(verified.ok());
        QCOMPARE(verified->status, Transaction::Status::Success);
        QCOMPARE(calls, 3);
    }

    void retriesStopAtTheLimit()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            return FakeResponse::json(500, R"({"status":false,"message":"Internal error"})");
        });
        const auto result = await<Transaction>([&](auto done) { m_client->fetchTransaction(5, this, done); });
        QCOMPARE(result.error().kind, PaystackError::Kind::Server);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(calls, 3);
    }

    void rateLimitHonoursRetryAfter()
    {
        int calls = 0;
        QElapsedTimer timer;
        timer.start();
        makeClient([&](const FakeRequest&) {
            ++calls;
            if (calls == 1) {
                FakeResponse response = FakeResponse::json(429, R"({"status":false,"message":"Too many requests"})");
                response.headers = {{"Retry-After", "1"}};
                return response;
            }
            return FakeResponse::json(200, ok("Terminal status retrieved", R"({"online":true,"available":false})"));
        });
        const auto presence = await<TerminalPresence>(
            [&](auto done) { m_client->terminalPresence(QStringLiteral("2232WE17"), this, done); });
        QVERIFY(presence.ok());
        QVERIFY(presence->online);
        QVERIFY(!presence->ready());
        QCOMPARE(calls, 2);
        QVERIFY(timer.elapsed() >= 1000);
    }

    void unsafeWritesAreNeverRepeated()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            return FakeResponse::json(503, "<html>Service unavailable</html>");
        });
        const auto result = await<QString>([&](auto done) {
            m_client->sendTerminalEvent(QStringLiteral("T1"),
                                        {QStringLiteral("invoice"), QStringLiteral("process"), 1, QStringLiteral("1")},
                                        this, done);
        });
        QCOMPARE(calls, 1);
        // A 5xx after a push may still have put the bill on the terminal: not a plain failure.
        QCOMPARE(result.error().kind, PaystackError::Kind::OutcomeUnknown);
    }

    void connectionRefusedIsRetriedEvenForWrites()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            if (calls == 1)
                return FakeResponse::fail(QNetworkReply::ConnectionRefusedError);
            return FakeResponse::json(200, ok("Customer created", R"({"id":9,"customer_code":"CUS_9"})"));
        });
        const auto created = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("a@b.ng"), {}, {}, {}, {}}, this, done);
        });
        QVERIFY(created.ok());
        QCOMPARE(calls, 2);
    }

    void resetAfterSendingIsOutcomeUnknown()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            return FakeResponse::fail(QNetworkReply::RemoteHostClosedError);
        });
        const auto created = await<Customer>([&](auto done) {
            m_client->createCustomer({QStringLiteral("a@b.ng"), {}, {}, {}, {}}, this, done);
        });
        QCOMPARE(calls, 1);
        QCOMPARE(created.error().kind, PaystackError::Kind::OutcomeUnknown);
        QVERIFY(created.error().outcomeUnknown());
    }

    void resetOnAReadIsRetried()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            if (calls == 1)
                return FakeResponse::fail(QNetworkReply::RemoteHostClosedError);
            return FakeResponse::json(200,
                                      ok("Terminal retrieved successfully", R"({"id":30,"terminal_id":"2872S934"})"));
        });
        const auto terminal =
            await<Terminal>([&](auto done) { m_client->fetchTerminal(QStringLiteral("2872S934"), this, done); });
        QCOMPARE(terminal->terminalId, QStringLiteral("2872S934"));
        QCOMPARE(calls, 2);
    }

    void hangingCallEndsAtTheDeadlineAsOutcomeUnknown()
    {
        PaystackClient::Options options = fastOptions();
        options.deadlineMs = 300;
        makeClient([](const FakeRequest&) { return FakeResponse::hang(); }, options);
        QElapsedTimer timer;
        timer.start();
        const auto result = await<PaymentRequest>([&](auto done) { m_client->createPaymentRequest({}, this, done); });
        QCOMPARE(result.error().kind, PaystackError::Kind::OutcomeUnknown);
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY(result.error().describe().contains(QStringLiteral("may have gone through")));
    }

    void duplicateReferenceOnARetryMeansTheFirstAttemptWorked()
    {
        int calls = 0;
        makeClient([&](const FakeRequest&) {
            ++calls;
            if (calls == 1)
                return FakeResponse::fail(QNetworkReply::RemoteHostClosedError);
            return FakeResponse::json(400, R"({"status":false,"message":"Duplicate Transaction Reference"})");
        });
        TransactionInput input{QStringLiteral("a@b.ng"),
                               Money::fromMinor(500000, Currency::ngn()),
                               QStringLiteral("PD-INV-1-1"),
                               {},
                               {},
                               {}};
        const auto link = await<CheckoutLink>([&](auto done) { m_client->initializeTransaction(input, this, done); });
        QCOMPARE(calls, 2);
        QCOMPARE(link.error().kind, PaystackError::Kind::OutcomeUnknown);
    }

    void typedErrorsCarryPaystacksWords()
    {
        makeClient([](const FakeRequest&) {
            return FakeResponse::json(400, R"({"status":false,"message":"Email Address is required",
                "meta":{"nextStep":"Provide all required params "},"type":"validation_error","code":"missing_params"})");
        });
        const auto result = await<Customer>([&](auto done) { m_client->createCustomer({}, this, done); });
        QCOMPARE(result.error().kind, PaystackError::Kind::Validation);
        QCOMPARE(result.error().code, QStringLiteral("missing_params"));
        QCOMPARE(result.error().describe(), QStringLiteral("Paystack says: Email Address is required"));
    }

    void missingKeyIsNotConfigured()
    {
        m_secrets = std::make_unique<MemorySecretStore>();
        makeClient([](const FakeRequest&) { return FakeResponse::json(200, ok("x", "{}")); });
        const auto result = await<Bank>([&](auto done) {
            m_client->listBanks({}, this, [done](const Result<Page<Bank>, PaystackError>& r) {
                done(r ? Result<Bank, PaystackError>(Bank()) : Result<Bank, PaystackError>(r.error()));
            });
        });
        QCOMPARE(result.error().kind, PaystackError::Kind::NotConfigured);
        QVERIFY(m_network->requests().isEmpty()); // nothing was sent without a key
    }

    void noCallbackAfterTheContextDied()
    {
        makeClient([](const FakeRequest&) {
            FakeResponse response = FakeResponse::json(200, ok("Banks retrieved", "[]"));
            response.delayMs = 50;
            return response;
        });
        bool called = false;
        auto* context = new QObject;
        m_client->listBanks({}, context, [&](const auto&) { called = true; });
        delete context;
        QTest::qWait(200); // nothing to wait for: the callback must simply never come
        QVERIFY(!called);
    }

    void listsReadPagingAndFilters()
    {
        makeClient([](const FakeRequest&) {
            return FakeResponse::json(200, R"({"status":true,"message":"Transactions retrieved","data":[
                {"id":1,"reference":"a","status":"success","amount":100,"currency":"NGN"},
                {"id":2,"reference":"b","status":"abandoned","amount":"200","currency":"NGN"}],
                "meta":{"total":2,"total_volume":300,"skipped":0,"perPage":50,"page":1,"pageCount":1}})");
        });
        ListQuery query;
        query.filters.insert(QStringLiteral("status"), QStringLiteral("success"));
        query.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const auto page = await<Page<Transaction>>([&](auto done) { m_client->listTransactions(query, this, done); });
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(1).amount.minorUnits(), 200);
        QCOMPARE(page->meta.totalVolume, 300);
        QVERIFY(!page->meta.hasMore());
        const QUrlQuery sent(m_network->requests().first().request.url());
        QCOMPARE(sent.queryItemValue(QStringLiteral("status")), QStringLiteral("success"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("perPage")), QStringLiteral("50"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                 QStringLiteral("2026-11-01T00:00:00.000Z"));
    }

    void observerSeesExchangesWithoutTheKey()
    {
        makeClient([](const FakeRequest&) { return FakeResponse::json(200, ok("Banks retrieved", "[]")); });
        QList<PaystackExchange> seen;
        m_client->setExchangeObserver([&](const PaystackExchange& exchange) { seen << exchange; });
        LogCapture log;
        const auto banks = await<Page<Bank>>([&](auto done) {
            BankQuery query;
            query.currency = QStringLiteral("GHS");
            query.type = QStringLiteral("mobile_money");
            m_client->listBanks(query, this, done);
        });
        QVERIFY(banks.ok());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().path, QStringLiteral("/bank"));
        QVERIFY(seen.first().query.contains(QStringLiteral("type=mobile_money")));
        QVERIFY(!log.text().contains(QString::fromLatin1(kKey)));
        QVERIFY(log.text().contains(QStringLiteral("/bank"))); // the debug line is there, without the key
    }
};

QTEST_GUILESS_MAIN(TestPaystackClient)
#include "test_paystack_client.moc"
