#include "storage/sql_script.h"

#include <QTest>

using namespace paydesk;

class TestSqlScript : public QObject
{
    Q_OBJECT

  private slots:
    void splitsPlainStatements()
    {
        const auto parts = splitSqlScript(QStringLiteral("CREATE TABLE a (x INT);\n-- comment; not a split\n"
                                                         "INSERT INTO a VALUES (1);  /* block; comment */ SELECT 1"));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QStringLiteral("CREATE TABLE a (x INT)"));
        QVERIFY(parts.at(1).startsWith(QStringLiteral("INSERT INTO a VALUES (1)")));
        QCOMPARE(parts.at(2), QStringLiteral("SELECT 1"));
    }

    void keepsSemicolonsInQuotes()
    {
        const auto parts =
            splitSqlScript(QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT \"x;y\";"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"));
    }

    void keepsSqliteTriggerBodies()
    {
        const auto parts = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no') END;\n"
            "  SELECT 2;\nEND;\nCREATE TABLE b (y INT);"));
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(QStringLiteral("END")));
        QCOMPARE(parts.at(1), QStringLiteral("CREATE TABLE b (y INT)"));
    }

    void keepsDollarQuotedBodies()
    {
        const auto parts = splitSqlScript(QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS "
                                                         "$body$\nBEGIN\n RAISE EXCEPTION 'x';\n END;\n$body$;\n"
                                                         "CREATE TABLE c (z INT);"));
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(QStringLiteral("$body$")));
    }

    void emptyScript() { QVERIFY(splitSqlScript(QStringLiteral("  -- nothing\n ; ;")).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "test_sql_script.moc"
