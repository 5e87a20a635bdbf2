#include "storage/database_url.h"

#include <QTest>

using namespace paydesk;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

  private slots:
    void sqliteForms()
    {
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/paydesk/paydesk.sqlite3"))->path,
                 QStringLiteral("/var/lib/paydesk/paydesk.sqlite3"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///srv/x.db"))->path, QStringLiteral("/srv/x.db"));
        const auto bare = DatabaseUrl::parse(QStringLiteral("/tmp/desk.sqlite3"));
        QVERIFY(bare.ok());
        QVERIFY(bare->isSqlite());
        QCOMPARE(bare->redacted(), QStringLiteral("sqlite:/tmp/desk.sqlite3"));
    }

    void postgres()
    {
        const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://cashier:s3cr%40t@db.hospital.lan:6543/paydesk?sslmode=require"));
        QVERIFY(url.ok());
        QCOMPARE(url->backend, DatabaseUrl::Backend::Postgres);
        QCOMPARE(url->host, QStringLiteral("db.hospital.lan"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("cashier"));
        QCOMPARE(url->password, QStringLiteral("s3cr@t"));
        QCOMPARE(url->database, QStringLiteral("paydesk"));
        QCOMPARE(url->sslMode, QStringLiteral("require"));
        // The password never appears in what is shown or logged.
        QVERIFY(!url->redacted().contains(QStringLiteral("s3cr")));
        QCOMPARE(url->redacted(), QStringLiteral("postgresql://cashier@db.hospital.lan:6543/paydesk?sslmode=require"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://u@h/db"))->port, 5432);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@h:5432/");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@h/db?colour=blue");
        QTest::newRow("bad timeout") << QStringLiteral("postgresql://u@h/db?connect_timeout=soon");
    }
    void rejects()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, DbError::Kind::BadUrl);
        QVERIFY(url.error().message.startsWith(QStringLiteral("Invalid database URL")));
    }

    void defaultIsPerUserData()
    {
        const DatabaseUrl url = DatabaseUrl::defaultSqlite();
        QVERIFY(url.path.endsWith(QStringLiteral("/paydesk.sqlite3")));
        QVERIFY(url.path.startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_database_url.moc"
