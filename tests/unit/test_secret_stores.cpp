#include "security/environment_secret_store.h"
#include "security/memory_secret_store.h"
#include "security/training_secret_store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

namespace {

// Waits for an asynchronous read; the callback must not run inside the call.
SecretReadResult readSync(SecretStore& store, const QString& key)
{
    std::optional<SecretReadResult> result;
    QObject context;
    store.read(key, &context, [&](const SecretReadResult& r) { result = r; });
    if (result)
        qFatal("callback ran synchronously");
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
    return result.value_or(SecretReadResult(SecretFailure{SecretFailure::Kind::Other, QStringLiteral("timeout")}));
}

SecretWriteResult writeSync(SecretStore& store, const QString& key, const Secret& value)
{
    std::optional<SecretWriteResult> result;
    QObject context;
    store.write(key, value, &context, [&](const SecretWriteResult& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
    return result.value_or(SecretWriteResult(SecretFailure{SecretFailure::Kind::Other, QStringLiteral("timeout")}));
}

void writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

  private slots:
    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        QCOMPARE(readSync(store, SecretKey::PaystackSecret).error().kind, SecretFailure::Kind::NotFound);
        QVERIFY(writeSync(store, SecretKey::PaystackSecret, Secret("sk_test_abc")).ok());
        QCOMPARE(readSync(store, SecretKey::PaystackSecret)->reveal(), QByteArray("sk_test_abc"));
    }

    void callbackDroppedWhenContextDies()
    {
        MemorySecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(SecretKey::PaystackSecret, context, [&](const SecretReadResult&) { called = true; });
        delete context;
        QTest::qWait(50); // nothing to wait for: the call must simply never arrive
        QVERIFY(!called);
    }

    void secretNeverPrints()
    {
        QString text;
        QDebug(&text) << Secret("sk_live_very_secret");
        QCOMPARE(text.trimmed(), QStringLiteral("<redacted>"));
    }

    void environmentVariable()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET"), QStringLiteral("sk_test_fromenv"));
        EnvironmentSecretStore store(env);
        QCOMPARE(EnvironmentSecretStore::variableName(SecretKey::PaystackSecret),
                 QStringLiteral("PAYDESK_PAYSTACK_SECRET"));
        QCOMPARE(readSync(store, SecretKey::PaystackSecret)->reveal(), QByteArray("sk_test_fromenv"));
        const auto missing = readSync(store, SecretKey::DatabasePassword);
        QCOMPARE(missing.error().kind, SecretFailure::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("PAYDESK_DATABASE_PASSWORD")));
        QCOMPARE(writeSync(store, SecretKey::PaystackSecret, Secret("x")).error().kind, SecretFailure::Kind::ReadOnly);
    }

    void fileAndSystemdCredentials()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("paystack.key"));
        writeFile(file, "sk_test_fromfile\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET_FILE"), file);
        env.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET"), QStringLiteral("sk_test_lower_priority"));
        QCOMPARE(EnvironmentSecretStore(env).readNow(SecretKey::PaystackSecret)->reveal(),
                 QByteArray("sk_test_fromfile"));

        // systemd LoadCredential= wins over both.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("creds")));
        writeFile(dir.filePath(QStringLiteral("creds/paystack-secret")), "sk_test_fromsystemd", QFileDevice::ReadOwner);
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), dir.filePath(QStringLiteral("creds")));
        QCOMPARE(EnvironmentSecretStore(env).readNow(SecretKey::PaystackSecret)->reveal(),
                 QByteArray("sk_test_fromsystemd"));
    }

    void refusesWorldReadableFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("open.key"));
        writeFile(file, "sk_test_open", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET_FILE"), file);
        const auto result = EnvironmentSecretStore(env).readNow(SecretKey::PaystackSecret);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, SecretFailure::Kind::AccessDenied);
        QVERIFY(result.error().message.contains(QStringLiteral("chmod 600")));
    }

    void trainingUsesTheSandboxKeyAndNothingElse()
    {
        auto inner = std::make_unique<MemorySecretStore>();
        MemorySecretStore* innerStore = inner.get();
        QVERIFY(writeSync(*innerStore, SecretKey::PaystackSecret, Secret("sk_live_not_a_real_key")).ok());
        QVERIFY(writeSync(*innerStore, SecretKey::DatabasePassword, Secret("db-pass")).ok());
        TrainingSecretStore training(std::move(inner));
        QCOMPARE(readSync(training, SecretKey::PaystackSecret)->reveal(), TrainingSecretStore::kSandboxKey);
        QCOMPARE(readSync(training, SecretKey::DatabasePassword)->reveal(), QByteArray("db-pass"));
        // The real key cannot be replaced from a training desk either.
        QCOMPARE(writeSync(training, SecretKey::PaystackSecret, Secret("sk_live_other")).error().kind,
                 SecretFailure::Kind::ReadOnly);
        QCOMPARE(readSync(*innerStore, SecretKey::PaystackSecret)->reveal(), QByteArray("sk_live_not_a_real_key"));
        // Training has a backup key of its own: the desk's real one is neither read nor replaced.
        QVERIFY(writeSync(*innerStore, SecretKey::BackupKey, Secret("REAL-DESK-CODE")).ok());
        QCOMPARE(readSync(training, SecretKey::BackupKey).error().kind, SecretFailure::Kind::NotFound);
        QVERIFY(writeSync(training, SecretKey::BackupKey, Secret("TRAINING-CODE")).ok());
        QCOMPARE(readSync(training, SecretKey::BackupKey)->reveal(), QByteArray("TRAINING-CODE"));
        QCOMPARE(readSync(*innerStore, SecretKey::BackupKey)->reveal(), QByteArray("REAL-DESK-CODE"));
    }

    void missingFileIsClearError()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET_FILE"), QStringLiteral("/nonexistent/key"));
        const auto result = EnvironmentSecretStore(env).readNow(SecretKey::PaystackSecret);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("/nonexistent/key")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "test_secret_stores.moc"
