#include "config/paystack_mode.h"

#include <QTest>

using namespace paydesk;

class TestPaystackMode : public QObject
{
    Q_OBJECT

  private slots:
    void classify()
    {
        const QUrl live(QStringLiteral("https://api.paystack.co"));
        const QUrl sandbox(QStringLiteral("http://127.0.0.1:8089"));
        QCOMPARE(classifyPaystack(Secret(), live), PaystackMode::NotConfigured);
        QCOMPARE(classifyPaystack(Secret("sk_live_abc"), live), PaystackMode::Live);
        QCOMPARE(classifyPaystack(Secret("sk_test_abc"), live), PaystackMode::Test);
        // A live-looking key against anything but Paystack is still training.
        QCOMPARE(classifyPaystack(Secret("sk_live_abc"), sandbox), PaystackMode::Sandbox);
        QVERIFY(!isTraining(PaystackMode::Live));
        QVERIFY(isTraining(PaystackMode::Test));
        QVERIFY(isTraining(PaystackMode::Sandbox));
        QVERIFY(isTraining(PaystackMode::NotConfigured));
    }

    void validateKeyShape()
    {
        QVERIFY(validatePaystackSecret(QStringLiteral("sk_test_0123456789abcdefghijklmnopqrstuv")).isEmpty());
        QVERIFY(
            validatePaystackSecret(QStringLiteral("pk_test_0123456789abcdefghij")).contains(QStringLiteral("public")));
        QVERIFY(!validatePaystackSecret(QStringLiteral(" sk_test_0123456789abcdefghij")).isEmpty());
        QVERIFY(!validatePaystackSecret(QStringLiteral("sk_test_short")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaystackMode)
#include "test_paystack_mode.moc"
