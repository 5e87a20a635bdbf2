// The intake's fast reader (scanWebhookEnvelope) against the full parse (parseWebhookEvent over QJsonDocument):
// wherever the reader answers, its event, dedupe key and paid-at texts must be the full parse's, and the bodies
// Paystack really sends must take the fast path (or it buys nothing).
#include "payments/webhook_envelope.h"
#include "payments/webhook_event.h"
#include "webhook_load.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QByteArray seed(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../fuzz/seeds/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Where the fast reader answers, the answer is the full parse's. Returns whether it answered.
bool agrees(const QByteArray& body, QString* mismatch)
{
    const std::optional<WebhookEnvelope> fast = scanWebhookEnvelope(body);
    if (!fast)
        return false;
    const auto full = parseWebhookEvent(body);
    if (!full) {
        *mismatch = QStringLiteral("the reader took a body the full parse refuses (%1)").arg(full.error());
        return true;
    }
    if (fast->event != full->event || fast->dedupeKey != full->dedupeKey ||
        fast->paidAt != full->data.value(QStringLiteral("paid_at")).toString() ||
        fast->paidAtCamel != full->data.value(QStringLiteral("paidAt")).toString())
        *mismatch =
            QStringLiteral("reader %1 | %2 | %3 | %4, full parse %5 | %6")
                .arg(fast->event, fast->dedupeKey, fast->paidAt, fast->paidAtCamel, full->event, full->dedupeKey);
    return true;
}

} // namespace

class TestWebhookEnvelope : public QObject
{
    Q_OBJECT

  private slots:
    void paystackBodiesTakeTheFastPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("paidAt");
        QTest::newRow("card charge") << seed(QStringLiteral("card_charge.json"))
                                     << QStringLiteral("charge.success:4099260516")
                                     << QStringLiteral("2026-11-22T09:00:01.000Z");
        QTest::newRow("load generator's body")
            << WebhookLoad::body(QStringLiteral("t"), 77, 2048) << QStringLiteral("charge.success:77")
            << QStringLiteral("2026-11-22T09:00:00.000Z");
        QTest::newRow("terminal charge (seed)")
            << seed(QStringLiteral("charge_success.json")) << QStringLiteral("charge.success:4099260516") << QString();
        QTest::newRow("payment request (seed)")
            << seed(QStringLiteral("paymentrequest_success.json")) << QString() << QString();
        QTest::newRow("refund (seed)") << seed(QStringLiteral("refund_processed.json"))
                                       << QStringLiteral("refund.processed:1") << QString();
        QTest::newRow("empty data (seed)") << seed(QStringLiteral("empty_data.json")) << QString() << QString();
    }

    void paystackBodiesTakeTheFastPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QString, paidAt);
        QVERIFY2(!body.isEmpty(), "the seed file is missing");
        QString mismatch;
        QVERIFY2(agrees(body, &mismatch), "a body Paystack sends went to the slow path");
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const WebhookEnvelope envelope = *scanWebhookEnvelope(body);
        if (!key.isEmpty())
            QCOMPARE(envelope.dedupeKey, key);
        QCOMPARE(envelope.paidAt, paidAt);
    }

    // Bodies at the edges of what the reader takes: each either goes to the full parse, or gets its answer.
    void edgesAgreeOrFallBack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast"); // whether the reader should answer it itself
        const auto row = [](const char* name, const QByteArray& body, bool fast) {
            QTest::newRow(name) << body << fast;
        };
        row("spaces everywhere", " \r\n\t{ \"event\" : \"a.b\" ,\n\"data\"\t:{ \"id\" : 5 } } \n", true);
        row("identity is a code", R"({"event":"paymentrequest.success","data":{"request_code":"PRQ_1","id":9}})", true);
        row("empty code falls to the id", R"({"event":"e","data":{"request_code":"","id":9}})", true);
        row("null id falls to the reference", R"({"event":"e","data":{"id":null,"reference":"R-1"}})", true);
        row("id in an object is not the id", R"({"event":"e","data":{"customer":{"id":3},"reference":"R"}})", true);
        row("boolean id", R"({"event":"e","data":{"id":true}})", true);
        row("zero id", R"({"event":"e","data":{"id":0}})", true);
        row("18-digit id", R"({"event":"e","data":{"id":123456789012345678}})", true);
        row("nothing names it: hashed", R"({"event":"e","data":{"amount":5}})", true);
        row("event of 100 characters", "{\"event\":\"" + QByteArray(100, 'e') + "\",\"data\":{}}", true);
        // Not a raw string: moc loses its way in one that holds \".
        row("escapes in other texts",
            "{\"event\":\"e\",\"data\":{\"note\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\",\"id\":1}}", true);
        row("paid_at not a text", R"({"event":"e","data":{"id":1,"paid_at":5,"paidAt":"2026-01-01T00:00:00Z"}})", true);
        row("a number with a fraction elsewhere", R"({"event":"e","data":{"id":1,"rate":-0.125}})", true);

        row("19-digit id", R"({"event":"e","data":{"id":1234567890123456789}})", false);
        row("negative id", R"({"event":"e","data":{"id":-4}})", false);
        row("fractional id", R"({"event":"e","data":{"id":4.0}})", false);
        row("exponent", R"({"event":"e","data":{"id":1e400,"reference":null}})", false);
        row("escaped reference in use", R"({"event":"e","data":{"reference":"a\nb"}})", false);
        row("unicode escape", R"({"event":"e","data":{"reference":"\u0041"}})", false);
        row("non-ASCII", "{\"event\":\"e\",\"data\":{\"id\":1,\"name\":\"Ad\xc3\xa1\"}}", false);
        row("event given twice", R"({"event":"a","event":"b","data":{"id":1}})", false);
        row("id given twice", R"({"event":"e","data":{"id":1,"id":2}})", false);
        row("data given twice", R"({"event":"e","data":{"id":1},"data":{"id":2}})", false);
        row("too deep", "{\"event\":\"e\",\"data\":{\"x\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}}",
            false);
        row("event of 101 characters", "{\"event\":\"" + QByteArray(101, 'e') + "\",\"data\":{}}", false);
        row("empty event", R"({"event":"","data":{}})", false);
        row("event not a text", R"({"event":5,"data":{}})", false);
        row("data not an object", R"({"event":"e","data":[]})", false);
        row("no data", R"({"event":"e"})", false);
        row("an array", R"([{"event":"e","data":{}}])", false);
        row("trailing comma", R"({"event":"e","data":{"id":1},})", false);
        row("garbage after", R"({"event":"e","data":{"id":1}} x)", false);
        row("truncated", R"({"event":"e","data":{"id":1})", false);
        row("leading zero", R"({"event":"e","data":{"id":01}})", false);
        row("bare word", R"({"event":"e","data":{"id":truth}})", false);
        row("control character in a text", "{\"event\":\"e\",\"data\":{\"id\":1,\"n\":\"a\x01\"}}", false);
        row("NUL after the body", QByteArray(R"({"event":"e","data":{}})") + '\0', false);
        row("empty", QByteArray(), false);
    }

    void edgesAgreeOrFallBack()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        QString mismatch;
        QCOMPARE(agrees(body, &mismatch), fast);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // Every body one edit away from real ones (each byte dropped, or replaced by each of the characters JSON
    // gives meaning to): wherever the reader answers, it agrees with the full parse. The fuzz target does the same
    // over whatever libFuzzer makes up.
    void oneEditAwayStillAgrees()
    {
        const QByteArray replacements = "{}[]\":,\\ 0-.etfnu\x01\x80";
        int answered = 0;
        int tried = 0;
        for (const QByteArray& base :
             {seed(QStringLiteral("card_charge.json")), seed(QStringLiteral("charge_success.json")),
              seed(QStringLiteral("paymentrequest_success.json"))}) {
            QVERIFY(!base.isEmpty());
            for (qsizetype at = 0; at < base.size(); ++at) {
                QList<QByteArray> variants{QByteArray(base).remove(at, 1)};
                for (const char c : replacements) {
                    QByteArray changed = base;
                    changed[at] = c;
                    variants << changed;
                }
                for (const QByteArray& variant : std::as_const(variants)) {
                    QString mismatch;
                    answered += agrees(variant, &mismatch) ? 1 : 0;
                    ++tried;
                    if (!mismatch.isEmpty())
                        QFAIL(qPrintable(mismatch + QStringLiteral(" for: ") + QString::fromLatin1(variant)));
                }
            }
        }
        // Most single edits inside texts leave a body the reader still takes; had it refused them all, this test
        // would check nothing.
        QVERIFY2(answered > tried / 4, qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(tried)));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEnvelope)
#include "test_webhook_envelope.moc"
