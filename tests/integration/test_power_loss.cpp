// What a power cut or kill -9 leaves of an SQLite database: the database file and its write-ahead log as the
// operating system holds them at that instant, without the shared-memory index (-shm), which SQLite rebuilds from
// the log when it next opens the file. Every commit SQLite reported as synced must be in such a copy, and the copy
// must pass PRAGMA integrity_check. Each case uses two connections of the production Database class on one file,
// as the desk's threads do, so that anything sitting between SQLite and the file (a custom VFS, say) is tested too.
#include "power_loss_copy.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

bool run(const Database& db, const QString& statement, const QVariantList& params = {});

// A new SQLite file with a `pages (id, filler BLOB)` table, and `count` connections to it, each of its own Database
// (as the desk's threads each have their own).
struct SharedFile
{
    QTemporaryDir dir;
    QString path;
    QList<Database> connections;

    explicit SharedFile(int count)
    {
        path = dir.filePath(QStringLiteral("shared.sqlite3"));
        DatabaseUrl url;
        url.path = path;
        Database::Options options;
        options.create = Database::CreateMode::CreateIfMissing;
        for (int i = 0; i < count; ++i) {
            auto opened = Database::open(url, options);
            if (!opened)
                qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
            connections << *opened;
        }
        if (!run(connections.first(), QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, filler BLOB)")))
            qFatal("cannot create the table");
    }
};

bool run(const Database& db, const QString& statement, const QVariantList& params)
{
    auto ran = sql::exec(db, statement, params);
    if (!ran)
        qWarning() << statement << "failed:" << ran.error().message;
    return ran.ok();
}

qint64 countRows(const Database& db, const QString& table)
{
    auto query = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

// Inserts `rows` rows of `pages (filler BLOB)`, each about a page long, in the caller's transaction.
bool insertPages(const Database& db, int rows, char fill)
{
    sql::Prepared insert(db, QStringLiteral("INSERT INTO pages (filler) VALUES (?)"));
    for (int i = 0; i < rows; ++i) {
        if (!insert.run({QByteArray(3000, fill)}).ok())
            return false;
    }
    return true;
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

  private slots:
    // A transaction bigger than its connection's page cache writes pages to the log before its commit ("spills")
    // and, when it changes a spilled page again, rewrites it in place; SQLite then recomputes the checksums of the
    // frames from there on when it commits, ending with the commit frame's header. A commit without a sync
    // (synchronous=NORMAL) followed by a synced one from another connection: both must survive.
    void spilledRewriteThenSyncedCommitSurvive()
    {
        const SharedFile file(2);
        const Database& writer = file.connections[0];
        const Database& other = file.connections[1];
        QVERIFY(run(writer, QStringLiteral("INSERT INTO pages (filler) VALUES (x'00')")));

        QVERIFY(run(writer, QStringLiteral("PRAGMA cache_size = 10")));
        QVERIFY(run(writer, QStringLiteral("PRAGMA synchronous = NORMAL")));
        {
            Transaction tx(writer);
            QVERIFY(tx.isActive());
            QVERIFY(insertPages(writer, 400, 'a'));
            // Pages written to the log early in this transaction, changed again.
            QVERIFY(run(writer, QStringLiteral("UPDATE pages SET filler = ? WHERE id BETWEEN 2 AND 6"),
                        {QByteArray(3000, 'b')}));
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(run(writer, QStringLiteral("PRAGMA synchronous = FULL")));
        QCOMPARE(countRows(other, QStringLiteral("pages")), qint64(401));

        {
            Transaction tx(other); // synchronous=FULL: synced before commit() returns
            QVERIFY(run(other, QStringLiteral("CREATE TABLE later (x INTEGER)")));
            QVERIFY(run(other, QStringLiteral("INSERT INTO later VALUES (1)")));
            QVERIFY(tx.commit().ok());
        }

        const PowerLossCopy copy(file.path);
        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(copy.count("pages"), qint64(401));
        QCOMPARE(copy.count("pages WHERE filler = x'" + QByteArray(3000, 'b').toHex() + "'"), qint64(5));
        QCOMPARE(copy.count("later"), qint64(1));
    }

    // A transaction bigger than the page cache that rolls back has written pages to the log past its end; SQLite
    // writes nothing on rollback, and the next writer, on another connection, writes its frames at those same
    // offsets. Nothing the first connection does afterwards (read, write, close) may put its rolled-back pages
    // back over the second connection's committed frames.
    void spilledRollbackLeavesAnotherConnectionsCommitAlone()
    {
        const SharedFile file(2);
        const Database& first = file.connections[0];
        const Database& second = file.connections[1];
        // The log copied into the file and emptied (as any checkpoint leaves it now and then): the rolled-back
        // transaction and the next commit both start it again from its beginning.
        QVERIFY(run(first, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(run(first, QStringLiteral("PRAGMA cache_size = 10")));
        {
            Transaction tx(first);
            QVERIFY(tx.isActive());
            QVERIFY(insertPages(first, 600, 'r'));
            tx.rollback();
        }
        {
            Transaction tx(second);
            QVERIFY(tx.isActive());
            QVERIFY(insertPages(second, 20, 's'));
            QVERIFY(tx.commit().ok());
        }
        // The first connection carries on: it reads what the second committed, then commits a row of its own.
        QCOMPARE(countRows(first, QStringLiteral("pages")), qint64(20));
        {
            Transaction tx(first);
            QVERIFY(insertPages(first, 1, 't'));
            QVERIFY(tx.commit().ok());
        }

        const PowerLossCopy copy(file.path);
        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(copy.count("pages WHERE filler = x'" + QByteArray(3000, 's').toHex() + "'"), qint64(20));
        QCOMPARE(copy.count("pages"), qint64(21));
        QCOMPARE(copy.count("pages WHERE filler = x'" + QByteArray(3000, 'r').toHex() + "'"), qint64(0));
    }

    // Commits from many connections interleaved, small and spilled, synced and not, some rolled back: the copy
    // holds every synced commit and nothing rolled back, whichever connection made it.
    void interleavedConnectionsKeepEverySyncedCommit()
    {
        const SharedFile file(4);
        const QList<Database>& connections = file.connections;
        QVERIFY(run(connections[0], QStringLiteral("CREATE TABLE synced (n INTEGER)")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(run(connections[i], QStringLiteral("PRAGMA cache_size = %1").arg(8 + i)));
        qint64 kept = 0;
        for (int round = 0; round < 24; ++round) {
            const Database& db = connections[round % 4];
            const bool relaxed = round % 3 == 1;
            const bool rolledBack = round % 5 == 2;
            const int rows = round % 2 == 0 ? 150 : 3; // spills, or fits in the cache
            QVERIFY(run(db, relaxed ? QStringLiteral("PRAGMA synchronous = NORMAL")
                                    : QStringLiteral("PRAGMA synchronous = FULL")));
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(insertPages(db, rows, rolledBack ? 'x' : 'k'));
            if (round % 4 == 3) // a spilled page changed again
                QVERIFY(run(db, QStringLiteral("UPDATE pages SET filler = filler WHERE id % 7 = 0")));
            if (rolledBack) {
                tx.rollback();
                continue;
            }
            QVERIFY(run(db, QStringLiteral("INSERT INTO synced VALUES (?)"), {round}));
            QVERIFY(tx.commit().ok());
            kept += rows;
        }
        // The last commit is synced, and with it everything before it in the log.
        QVERIFY(run(connections[0], QStringLiteral("PRAGMA synchronous = FULL")));
        QVERIFY(run(connections[0], QStringLiteral("INSERT INTO synced VALUES (-1)")));

        const PowerLossCopy copy(file.path);
        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(copy.count("pages"), kept);
        QCOMPARE(copy.count("pages WHERE filler = x'" + QByteArray(3000, 'x').toHex() + "'"), qint64(0));
        QCOMPARE(copy.count("synced WHERE n = -1"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "test_power_loss.moc"
