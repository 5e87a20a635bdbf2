#include "cli/exit_codes.h"
#include "cli/server_cli.h"
#include "config/app_config.h"
#include "log_capture.h"
#include "scratch_database.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

// Every file under the folder whose bytes contain the needle.
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

// A secret must never reach the log, the config file or the database, even with every debug category on.
class TestSecretLeak : public QObject
{
    Q_OBJECT

  private slots:
    void serverRunLeaksNothing()
    {
        const QByteArray secret = "sk_test_LeakCanary0123456789abcdef";
        const QByteArray dbPassword = "pg-Password-Canary-42";
        qputenv("PAYDESK_PAYSTACK_SECRET", secret);
        qputenv("PAYDESK_DATABASE_PASSWORD", dbPassword);
        LogCapture log;

        QString input = QStringLiteral("admin-password-canary\n");
        QString out;
        QString err;
        QTextStream in(&input);
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const QStringList base{QStringLiteral("paydesk-server")};
        QCOMPARE(runServerCli(base + QStringList{QStringLiteral("secret"), QStringLiteral("check")}, in, outStream,
                              errStream),
                 int(ExitOk));
        QCOMPARE(runServerCli(base + QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"),
                                                 QStringLiteral("--role"), QStringLiteral("admin")},
                              in, outStream, errStream),
                 int(ExitOk));
        if (!postgresAdminUrl().isEmpty()) {
            // A PostgreSQL URL with an inline password is used, but shown and logged without it.
            QString pgUrl = postgresAdminUrl();
            pgUrl.replace(QStringLiteral("postgres@"),
                          QStringLiteral("postgres:") + QString::fromLatin1(dbPassword) + u'@');
            QCOMPARE(runServerCli(base + QStringList{QStringLiteral("--database"), pgUrl, QStringLiteral("migrate")},
                                  in, outStream, errStream),
                     int(ExitOk));
        }
        AppConfig config;
        config.setDeskName(QStringLiteral("Desk 1"));
        config.sync();
        outStream.flush();
        errStream.flush();

        const QString everything = log.text() + out + err;
        QVERIFY2(everything.contains(QStringLiteral("<redacted>")), "the debug line about the secret was not logged");
        QVERIFY(!everything.contains(QString::fromLatin1(secret)));
        QVERIFY(!everything.contains(QString::fromLatin1(dbPassword)));
        QVERIFY(!everything.contains(QStringLiteral("admin-password-canary")));

        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QFile::exists(data + QStringLiteral("/paydesk.sqlite3")));
        for (const QString& folder : {qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                      qEnvironmentVariable("XDG_CACHE_HOME")}) {
            QVERIFY(!folder.isEmpty());
            QCOMPARE(filesContaining(folder, secret), QStringList());
            QCOMPARE(filesContaining(folder, dbPassword), QStringList());
            QCOMPARE(filesContaining(folder, "admin-password-canary"), QStringList());
        }
        qunsetenv("PAYDESK_PAYSTACK_SECRET");
        qunsetenv("PAYDESK_DATABASE_PASSWORD");
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "test_secret_leak.moc"
