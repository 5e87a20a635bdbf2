#include "paystack/webhook_signature.h"

#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace paydesk;

namespace {

const QByteArray kBody = R"({"event":"charge.success","data":{"id":302961,"amount":10000}})";
const Secret kKey("sk_test_signing_key_0123456789");
// HMAC-SHA512(kKey, kBody), computed independently.
const QByteArray kSignature =
    "00bb18b4e06e9d908e0883cb15da0930b6d6276268af3783f2191b6696a0a0546492e54f4d10ea993c49e0f35"
    "886d2f30c2b6eaf20e39eb5674dfda202b06ed8";

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

  private slots:
    void rfc4231Vector()
    {
        // RFC 4231 test case 2 for HMAC-SHA512.
        QCOMPARE(signPaystackWebhook("what do ya want for nothing?", Secret("Jefe")),
                 QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f6"
                            "5f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"));
    }

    void knownBody()
    {
        QCOMPARE(signPaystackWebhook(kBody, kKey), kSignature);
        QVERIFY(verifyPaystackWebhook(kBody, kSignature, kKey));
        QVERIFY(verifyPaystackWebhook(kBody, kSignature.toUpper(), kKey)); // hex case does not matter
        QVERIFY(verifyPaystackWebhook(kBody, " " + kSignature + "\r\n", kKey));
    }

    void reserialisedBodyFails()
    {
        // The same JSON, re-serialised (key order and spacing change): the bytes differ, so must the verdict.
        const QByteArray reserialised = QJsonDocument::fromJson(kBody).toJson(QJsonDocument::Indented);
        QVERIFY(reserialised != kBody);
        QVERIFY(!verifyPaystackWebhook(reserialised, kSignature, kKey));
    }

    void wrongKeyFails() { QVERIFY(!verifyPaystackWebhook(kBody, kSignature, Secret("sk_test_other_key"))); }

    void truncatedOrMissingHeaderFails()
    {
        QVERIFY(!verifyPaystackWebhook(kBody, kSignature.left(127), kKey));
        QVERIFY(!verifyPaystackWebhook(kBody, kSignature.left(64), kKey));
        QVERIFY(!verifyPaystackWebhook(kBody, QByteArray(), kKey));
        QVERIFY(!verifyPaystackWebhook(kBody, kSignature + "00", kKey));
        QVERIFY(!verifyPaystackWebhook(kBody, kSignature, Secret()));
    }

    void nonHexHeaderFails()
    {
        QByteArray garbled = kSignature;
        garbled[10] = 'g';
        QVERIFY(!verifyPaystackWebhook(kBody, garbled, kKey));
    }

    void keyChangesBetweenCalls()
    {
        // Each thread keeps a context keyed with the last key it saw: another key in between, and back, must
        // give each key its own digest every time.
        const Secret other("sk_test_other_key");
        const QByteArray otherSignature = signPaystackWebhook(kBody, other);
        QCOMPARE(otherSignature.size(), kSignature.size());
        QVERIFY(otherSignature != kSignature);
        for (int round = 0; round < 3; ++round) {
            QVERIFY(verifyPaystackWebhook(kBody, kSignature, kKey));
            QVERIFY(!verifyPaystackWebhook(kBody, kSignature, other));
            QCOMPARE(signPaystackWebhook(kBody, other), otherSignature);
            QCOMPARE(signPaystackWebhook(kBody, kKey), kSignature);
        }
    }

    void threadsSignSideBySide()
    {
        const Secret other("sk_test_other_key");
        const QByteArray otherSignature = signPaystackWebhook(kBody, other);
        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 500; ++i) {
                    const bool first = (i + t) % 3 != 0;
                    if (signPaystackWebhook(kBody, first ? kKey : other) != (first ? kSignature : otherSignature))
                        ++wrong;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    void oneBitChangedFails()
    {
        QByteArray tampered = kBody;
        tampered.replace("10000", "90000");
        QVERIFY(!verifyPaystackWebhook(tampered, kSignature, kKey));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "test_webhook_signature.moc"
