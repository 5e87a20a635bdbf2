#include "security/keychain_secret_store.h"

#include <QTest>
#include <QUuid>

using namespace paydesk;

// Writes and reads back through the real OS keychain: the Secret Service of the gnome-keyring that ./dev.sh test
// starts in a private D-Bus session.
class TestKeychain : public QObject
{
    Q_OBJECT

    template <typename R, typename Start> R await(Start start)
    {
        std::optional<R> result;
        start([&](const R& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return R(SecretFailure{SecretFailure::Kind::Other, QStringLiteral("no answer from the keychain")});
        return *result;
    }

    QString m_service;

    static bool expectNoKeychain() { return qEnvironmentVariableIntValue("PAYDESK_KEYCHAIN_EXPECT_MISSING") == 1; }

  private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !expectNoKeychain()) {
            if (qEnvironmentVariableIntValue("PAYDESK_REQUIRE_KEYRING") == 1)
                QFAIL("no D-Bus session: run through ./dev.sh test");
            QSKIP("no D-Bus session with a keyring: run through ./dev.sh test");
        }
        m_service = QStringLiteral("Paydesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void writeReadDelete()
    {
        if (expectNoKeychain())
            QSKIP("this run checks the missing-keychain case");
        KeychainSecretStore store(m_service);
        store.setRetryDelay(0);
        const QString key = SecretKey::PaystackSecret;
        const Secret value("sk_test_keychain_0123456789");

        const auto missing = await<SecretReadResult>([&](auto done) { store.read(key, this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, SecretFailure::Kind::NotFound);

        const auto written = await<SecretWriteResult>([&](auto done) { store.write(key, value, this, done); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        // A second store object (as after a restart) reads the same entry back from the keychain service.
        KeychainSecretStore again(m_service);
        const auto read = await<SecretReadResult>([&](auto done) { again.read(key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->reveal(), value.reveal());

        const auto removed = await<SecretWriteResult>([&](auto done) { store.remove(key, this, done); });
        QVERIFY(removed.ok());
        const auto gone = await<SecretReadResult>([&](auto done) { store.read(key, this, done); });
        QCOMPARE(gone.error().kind, SecretFailure::Kind::NotFound);
        // Removing what is not there is not an error.
        QVERIFY((await<SecretWriteResult>([&](auto done) { store.remove(key, this, done); })).ok());
    }

    // ctest runs this executable a second time as test_keychain_unavailable, with a D-Bus address that leads nowhere.
    void missingServiceIsAClearError()
    {
        if (!expectNoKeychain())
            QSKIP("runs as test_keychain_unavailable");
        KeychainSecretStore store(m_service);
        store.setRetryDelay(100); // the one retry happens, then the error is reported
        const auto result =
            await<SecretReadResult>([&](auto done) { store.read(SecretKey::PaystackSecret, this, done); });
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind != SecretFailure::Kind::NotFound);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
