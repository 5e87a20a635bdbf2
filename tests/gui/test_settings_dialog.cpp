#include "gui_test_support.h"
#include "sandbox_rig.h"
#include "security/memory_secret_store.h"
#include "settings_dialog.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

namespace {

void type(QDialog& dialog, const QString& name, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

  private slots:
    // The desk is bound to a terminal picked from GET /terminal (the sandbox's, over loopback); F5 loads them.
    void bindsTheDeskToATerminalFromPaystack()
    {
        test::SandboxRig sandbox;
        QVERIFY(sandbox.isReady());
        QTemporaryDir dir;
        AppConfig config(dir.filePath(QStringLiteral("paydesk.conf")));
        MemorySecretStore secrets;
        SettingsDialog dialog(config, secrets);
        dialog.setPaystack(&sandbox.client());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.loadTerminals();
        auto* terminals = dialog.findChild<QComboBox*>(QStringLiteral("terminal"));
        QTRY_COMPARE_WITH_TIMEOUT(terminals->count(), 2, 5000);
        const int second = terminals->findData(QStringLiteral("2232WE18"));
        QVERIFY(second >= 0);
        QVERIFY(terminals->itemText(second).startsWith(QStringLiteral("2232WE18 — ")));
        terminals->setCurrentIndex(second);
        test::saveScreenshot(&dialog, QStringLiteral("settings-terminal"));
        type(dialog, QStringLiteral("receiptPrinter"), QStringLiteral("tcp://192.168.1.50:9100"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("receiptPrinter")), Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(config.terminalId(), QStringLiteral("2232WE18"));
        QCOMPARE(config.receiptPrinter(), QStringLiteral("tcp://192.168.1.50:9100"));
    }

    void savesSettingsAndKeepsSecretsOutOfTheFile()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("paydesk.conf"));
        AppConfig config(configPath);
        MemorySecretStore secrets;
        SettingsDialog dialog(config, secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString key = QStringLiteral("sk_test_SettingsCanary0123456789abc");
        type(dialog, QStringLiteral("deskName"), QStringLiteral("Pharmacy desk"));
        type(dialog, QStringLiteral("serverAddress"), QStringLiteral("127.0.0.1:9090"));
        type(dialog, QStringLiteral("paystackKey"), key);
        type(dialog, QStringLiteral("databasePassword"), QStringLiteral("db-Canary-Password"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("paystackKey")), Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);

        QCOMPARE(config.deskName(), QStringLiteral("Pharmacy desk"));
        QCOMPARE(config.serverAddress(), QStringLiteral("127.0.0.1:9090"));
        std::optional<SecretReadResult> stored;
        secrets.read(SecretKey::PaystackSecret, this, [&](const SecretReadResult& r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->value().reveal(), key.toUtf8());
        const QByteArray file = fileBytes(configPath);
        QVERIFY(file.contains("Pharmacy desk"));
        QVERIFY(!file.contains("SettingsCanary"));
        QVERIFY(!file.contains("db-Canary-Password"));
    }

    void rejectsBadInputWithAClearMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("public key") << QStringLiteral("paystackKey") << QStringLiteral("pk_test_0123456789abcdefghij")
                                    << QStringLiteral("public key");
        QTest::newRow("password in url") << QStringLiteral("databaseUrl")
                                         << QStringLiteral("postgresql://u:secret@db/paydesk")
                                         << QStringLiteral("password field");
        QTest::newRow("bad url") << QStringLiteral("databaseUrl") << QStringLiteral("mysql://x/y")
                                 << QStringLiteral("Invalid database URL");
        QTest::newRow("bad server") << QStringLiteral("serverAddress") << QStringLiteral("everywhere")
                                    << QStringLiteral("server address");
        QTest::newRow("paystack over http")
            << QStringLiteral("paystackUrl") << QStringLiteral("http://api.paystack.co") << QStringLiteral("https");
    }
    void rejectsBadInputWithAClearMessage()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QTemporaryDir dir;
        AppConfig config(dir.filePath(QStringLiteral("paydesk.conf")));
        MemorySecretStore secrets;
        SettingsDialog dialog(config, secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, field, value);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        // What was typed stays, so nothing has to be entered again.
        QCOMPARE(dialog.findChild<QLineEdit*>(field)->text(), value);
        if (field == u"paystackKey")
            paydesk::test::saveScreenshot(&dialog, QStringLiteral("settings-error"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
