#include "paystack/envelope.h"
#include "paystack/json_read.h"
#include "paystack/models.h"

#include <QJsonDocument>
#include <QTest>

using namespace paydesk;
using namespace paydesk::paystack;

namespace {

QJsonValue parse(const QByteArray& json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

} // namespace

// Paystack's JSON differs between endpoints and events; every documented shape must be read, none may crash.
class TestPaystackParsing : public QObject
{
    Q_OBJECT

  private slots:
    void amountsAsNumbersOrStrings()
    {
        QCOMPARE(json::amount(parse("5000"), Currency::ngn())->minorUnits(), 5000);
        QCOMPARE(json::amount(parse("\"5000\""), Currency::ngn())->minorUnits(), 5000);
        QCOMPARE(json::amount(parse("\"5000.00\""), Currency::ngn())->minorUnits(), 5000);
        QVERIFY(!json::amount(parse("\"50.5\""), Currency::ngn()).ok());
        QVERIFY(!json::amount(parse("50.5"), Currency::ngn()).ok());
        QVERIFY(!json::amount(parse("null"), Currency::ngn()).ok());
        QVERIFY(!json::amount(parse("{}"), Currency::ngn()).ok());
    }

    void metadataShapes()
    {
        QVERIFY(json::metadata(parse("0")).isEmpty());
        QVERIFY(json::metadata(parse("\"\"")).isEmpty());
        QVERIFY(json::metadata(parse("null")).isEmpty());
        QCOMPARE(json::metadata(parse(R"({"invoice":"INV-1"})")).value(QStringLiteral("invoice")).toString(),
                 QStringLiteral("INV-1"));
        const QByteArray stringified = "\"{\\\"invoice\\\":\\\"INV-2\\\"}\""; // metadata as a JSON string
        QCOMPARE(json::metadata(parse(stringified)).value(QStringLiteral("invoice")).toString(), QStringLiteral("INV-2"));
    }

    void idsUpTo64Bits()
    {
        QCOMPARE(*json::id(parse("4099260516")), quint64(4099260516));
        QCOMPARE(*json::id(parse("\"9007199254740993\"")), quint64(9007199254740993ULL));
        QCOMPARE(*json::id(parse("9007199254740993")), quint64(9007199254740993ULL)); // beyond 2^53
        QCOMPARE(*json::id(parse(R"({"id":28958104,"email":"a@b.c"})")), quint64(28958104));
        QVERIFY(!json::id(parse("\"abc\"")));
        QVERIFY(!json::id(parse("-1")));
    }

    void flags()
    {
        QVERIFY(json::flag(parse("true")));
        QVERIFY(json::flag(parse("1")));
        QVERIFY(!json::flag(parse("0")));
        QVERIFY(!json::flag(parse("null")));
    }

    void paymentRequestOnCreateAndOnVerify()
    {
        const auto created = PaymentRequest::fromJson(parse(R"({"id":6304434,"integration":463433,"domain":"live",
            "amount":5000,"currency":"NGN","due_date":"2021-05-18T00:00:00.000Z","has_invoice":true,"invoice_number":4,
            "description":"Invoice for Damilola","line_items":[{"name":"Pancakes","amount":"2000","quantity":1},
            {"name":"Salad","amount":3000}],"tax":[],"request_code":"PRQ_kwahak3i05nt1ds","status":"pending",
            "paid":false,"metadata":null,"notifications":[],"offline_reference":"4634336304434","customer":28958104,
            "created_at":"2021-05-17T14:48:53.269Z"})"));
        QCOMPARE(created.id, quint64(6304434));
        QCOMPARE(created.requestCode, QStringLiteral("PRQ_kwahak3i05nt1ds"));
        QCOMPARE(created.offlineReference, QStringLiteral("4634336304434"));
        QCOMPARE(created.status, PaymentRequest::Status::Pending);
        QCOMPARE(created.customerId, quint64(28958104));
        QCOMPARE(created.amount, Money::fromMinor(5000, Currency::ngn()));
        QCOMPARE(created.lineItems.size(), 2);
        QCOMPARE(created.lineItems.at(0).amount.minorUnits(), 2000);
        QCOMPARE(created.lineItems.at(1).quantity, 1); // missing quantity means one
        QCOMPARE(created.createdAt, QDateTime(QDate(2021, 5, 17), QTime(14, 48, 53, 269), Qt::UTC));

        const auto verified = PaymentRequest::fromJson(parse(R"({"id":6304434,"amount":5000,"currency":"NGN",
            "request_code":"PRQ_kwahak3i05nt1ds","status":"success","paid":true,"paid_at":"2021-05-17T15:00:00.000Z",
            "customer":{"id":28958104,"email":"dami@example.com","customer_code":"CUS_5lgv9bc41uw15pb"},
            "integration":{"key":"pk_x","name":"Clinic"},"offline_reference":"4634336304434","brand_new_field":[1,2]})"));
        QCOMPARE(verified.status, PaymentRequest::Status::Success);
        QVERIFY(verified.paid);
        QCOMPARE(verified.customerId, quint64(28958104));
        QCOMPARE(verified.customer.value(QStringLiteral("customer_code")).toString(),
                 QStringLiteral("CUS_5lgv9bc41uw15pb"));
        QVERIFY(verified.raw.contains(QStringLiteral("brand_new_field"))); // unknown fields are kept
    }

    void unknownStatusIsKeptAndNotFinal()
    {
        const auto request = PaymentRequest::fromJson(parse(R"({"id":1,"status":"partially_paid"})"));
        QCOMPARE(request.status, PaymentRequest::Status::Unknown);
        QCOMPARE(request.statusText, QStringLiteral("partially_paid"));
        const auto transaction = Transaction::fromJson(parse(R"({"id":1,"status":"in_review"})"));
        QCOMPARE(transaction.status, Transaction::Status::Unknown);
        QCOMPARE(transaction.statusText, QStringLiteral("in_review"));
    }

    void terminalChargeSuccess()
    {
        const auto t = Transaction::fromJson(parse(R"({"id":1259864309,"domain":"live","status":"success",
            "reference":"pos_wtwyrj7n6x","amount":"5000","requested_amount":"200","message":"Payment Made",
            "paid_at":"2021-11-04T16:32:33.000Z","created_at":"2021-11-04T16:32:04.000Z","channel":"pos",
            "currency":"NGN","metadata":0,"log":null,"fees":null,"authorization":{"exp_month":null},
            "customer":{"id":180059003,"customer_code":"CUS_xztjqwng1kzwdbt"},"plan":{},
            "source":{"type":"offline","source":"pos","entry_point":"pos_initialize","identifier":"2232WE17"}})"));
        QCOMPARE(t.id, quint64(1259864309));
        QCOMPARE(t.status, Transaction::Status::Success);
        QCOMPARE(t.amount.minorUnits(), 5000);
        QCOMPARE(t.requestedAmount.minorUnits(), 200);
        QCOMPARE(t.channel, QStringLiteral("pos"));
        QVERIFY(t.metadata.isEmpty());
        QCOMPARE(t.source.value(QStringLiteral("identifier")).toString(), QStringLiteral("2232WE17"));
    }

    void refundShapes()
    {
        const auto onCreate = Refund::fromJson(parse(R"({"id":3018284,"transaction":{"id":1004723697,"reference":"T"},
            "amount":10000,"currency":"NGN","status":"pending","fully_deducted":1})"));
        QCOMPARE(onCreate.transactionId, quint64(1004723697));
        QCOMPARE(onCreate.statusText, QStringLiteral("pending"));
        const auto listed = Refund::fromJson(parse(R"({"id":3018284,"transaction":1004723697,"amount":"10000",
            "currency":"NGN","status":"processed","created_at":"2021-12-16T09:21:17.016Z"})"));
        QCOMPARE(listed.transactionId, quint64(1004723697));
        QCOMPARE(listed.amount.minorUnits(), 10000);
    }

    void unknownCurrencyGivesInvalidAmountNotACrash()
    {
        const auto t = Transaction::fromJson(parse(R"({"id":1,"amount":100,"currency":"XYZ"})"));
        QVERIFY(!t.amount.isValid());
        QCOMPARE(t.currencyCode, QStringLiteral("XYZ"));
    }

    void envelopeErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("validation") << 400 << QByteArray(R"({"status":false,"message":"Email Address is required",
                                       "meta":{"nextStep":"Provide all required params "},"type":"validation_error",
                                       "code":"missing_params"})")
                                    << int(PaystackError::Kind::Validation)
                                    << QStringLiteral("Email Address is required");
        QTest::newRow("unauthorized") << 401 << QByteArray(R"({"status":false,"message":"Invalid key"})")
                                      << int(PaystackError::Kind::Unauthorized) << QStringLiteral("Invalid key");
        QTest::newRow("not found") << 404 << QByteArray(R"({"status":false,"message":"Invoice not found"})")
                                   << int(PaystackError::Kind::NotFound) << QStringLiteral("Invoice not found");
        QTest::newRow("200 with status false")
            << 200 << QByteArray(R"({"status":false,"message":"Device has been commissioned already"})")
            << int(PaystackError::Kind::Api) << QStringLiteral("Device has been commissioned already");
        QTest::newRow("processor") << 400
                                   << QByteArray(R"({"status":false,"message":"Declined","type":"processor_error"})")
                                   << int(PaystackError::Kind::Validation) << QStringLiteral("Declined");
        QTest::newRow("rate limited") << 429 << QByteArray(R"({"status":false,"message":"Too many requests"})")
                                      << int(PaystackError::Kind::RateLimited) << QStringLiteral("Too many requests");
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << int(PaystackError::Kind::Server)
                                  << QStringLiteral("an HTML page instead of JSON, HTTP 502");
        QTest::newRow("invalid json") << 200 << QByteArray("{\"status\":tru") << int(PaystackError::Kind::BadResponse)
                                      << QStringLiteral("not a JSON object, HTTP 200");
        QTest::newRow("array") << 200 << QByteArray("[1,2]") << int(PaystackError::Kind::BadResponse)
                               << QStringLiteral("not a JSON object, HTTP 200");
        QTest::newRow("no status") << 200 << QByteArray(R"({"data":{}})") << int(PaystackError::Kind::BadResponse)
                                   << QStringLiteral("the answer has no status");
    }
    void envelopeErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto envelope = parseEnvelope(status, body);
        QVERIFY(!envelope.ok());
        QCOMPARE(int(envelope.error().kind), kind);
        QCOMPARE(envelope.error().message, message);
        QCOMPARE(envelope.error().httpStatus, status);
        QVERIFY(!envelope.error().describe().isEmpty());
    }

    void processorErrorOn200()
    {
        const auto envelope = parseEnvelope(200, R"({"status":false,"message":"Declined","type":"processor_error"})");
        QCOMPARE(envelope.error().kind, PaystackError::Kind::Processor);
    }

    void envelopeMetaAndCodes()
    {
        const auto error =
            parseEnvelope(400, R"({"status":false,"message":"The push notification ID provided is invalid",
            "data":{"code":"INVALID_PUSH_ID"}})");
        QCOMPARE(error.error().code, QStringLiteral("INVALID_PUSH_ID"));
        const auto ok = parseEnvelope(200, R"({"status":true,"message":"Customers retrieved","data":[],
            "meta":{"total":120,"skipped":50,"perPage":50,"page":2,"pageCount":3}})");
        QVERIFY(ok.ok());
        QCOMPARE(ok->page().total, 120);
        QCOMPARE(ok->page().pageCount, 3);
        QVERIFY(ok->page().hasMore());
        const auto cursor = parseEnvelope(200, R"({"status":true,"message":"x","data":[],
            "meta":{"next":"dW5kZWZpbmVkOjE=","previous":null,"perPage":50}})");
        QCOMPARE(cursor->page().next, QStringLiteral("dW5kZWZpbmVkOjE="));
        QVERIFY(cursor->page().hasMore());
    }
};

QTEST_GUILESS_MAIN(TestPaystackParsing)
#include "test_paystack_parsing.moc"
