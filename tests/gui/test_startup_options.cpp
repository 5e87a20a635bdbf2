#include "startup_options.h"

#include <QTest>

using namespace paydesk;

class TestStartupOptions : public QObject
{
    Q_OBJECT

    static Result<StartupOptions, QString> parse(QStringList args)
    {
        return StartupOptions::parse(QStringList{QStringLiteral("paydesk")} + args);
    }

  private slots:
    void defaults()
    {
        const auto options = parse({});
        QVERIFY(options.ok());
        QVERIFY(!options->training);
        QVERIFY(options->databaseUrl.isEmpty());
        QCOMPARE(options->sandboxUrl, QUrl(QStringLiteral("http://127.0.0.1:8089")));
    }

    void everyOption()
    {
        const auto options =
            parse({QStringLiteral("--config"), QStringLiteral("/etc/paydesk/desk.conf"), QStringLiteral("--database"),
                   QStringLiteral("sqlite:/srv/desk.sqlite3"), QStringLiteral("--language"), QStringLiteral("fr"),
                   QStringLiteral("--training"), QStringLiteral("--sample-data"), QStringLiteral("--sandbox-url"),
                   QStringLiteral("http://127.0.0.1:9999")});
        QVERIFY(options.ok());
        QCOMPARE(options->configPath, QStringLiteral("/etc/paydesk/desk.conf"));
        QCOMPARE(options->databaseUrl, QStringLiteral("sqlite:/srv/desk.sqlite3"));
        QCOMPARE(options->language, QStringLiteral("fr"));
        QVERIFY(options->training);
        QVERIFY(options->sampleData);
        QCOMPARE(options->sandboxUrl.port(), 9999);
    }

    void helpAndVersion()
    {
        QVERIFY(parse({QStringLiteral("--help")})->showHelp);
        QVERIFY(parse({QStringLiteral("--help")})->helpText.contains(QStringLiteral("--database")));
        QVERIFY(!parse({QStringLiteral("--help")})->helpText.contains(QStringLiteral("quit-when-shown")));
        QVERIFY(parse({QStringLiteral("--version")})->showVersion);
    }

    void errors()
    {
        QVERIFY(!parse({QStringLiteral("--frobnicate")}).ok());
        QVERIFY(!parse({QStringLiteral("--database")}).ok()); // missing value
        // Sample accounts only ever go into a training database.
        const auto sample = parse({QStringLiteral("--sample-data")});
        QVERIFY(!sample.ok());
        QVERIFY(sample.error().contains(QStringLiteral("--training")));
        QVERIFY(
            !parse({QStringLiteral("--training"), QStringLiteral("--sandbox-url"), QStringLiteral("nowhere")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "test_startup_options.moc"
