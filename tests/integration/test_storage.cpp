#include "scratch_database.h"
#include "storage/database_worker.h"
#include "storage/migrator.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "storage/sqlite_statement.h"
#include "storage/transaction.h"
#include "storage/write_gate.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>
#include <sqlite3.h>
#include <thread>

using namespace paydesk;
using namespace paydesk::test;

namespace {

qint64 countRows(const Database& db, const QString& table)
{
    auto query = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

// A new SQLite file in `dir`.
std::pair<DatabaseUrl, Database::Options> newSqliteFile(const QTemporaryDir& dir, const QString& name)
{
    DatabaseUrl url;
    url.path = dir.filePath(name);
    Database::Options options;
    options.create = Database::CreateMode::CreateIfMissing;
    return {url, options};
}

// The order in which threads passed a point, recorded from any of them.
struct ArrivalOrder
{
    std::mutex guard;
    QStringList order; // read once the threads are joined

    void record(const QString& who)
    {
        const std::lock_guard lock(guard);
        order << who;
    }
};

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

  private slots:
    void migratesEmptyDatabase_data() { addBackendRows(); }
    void migratesEmptyDatabase()
    {
        QFETCH(QString, backend);
        ScratchDatabase scratch(backend);
        PAYDESK_REQUIRE_READY(scratch);
        const Migrator migrator(scratch.db());
        QCOMPARE(*migrator.currentVersion(), 0);
        const auto applied = migrator.migrate();
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(applied->size(), Migrator::latestVersion());
        QCOMPARE(*migrator.currentVersion(), Migrator::latestVersion());
        QCOMPARE(countRows(scratch.db(), QStringLiteral("roles")), 3);
        // Running again applies nothing.
        QVERIFY(migrator.migrate()->isEmpty());
        auto recorded = sql::exec(scratch.db(), QStringLiteral("SELECT name, checksum FROM schema_migrations"));
        QVERIFY(recorded && recorded->next());
        QCOMPARE(recorded->value(0).toString(), QStringLiteral("foundation"));
        QCOMPARE(recorded->value(1).toString().size(), 64);
    }

    void bothDialectsShipTheSameMigrations()
    {
        const auto sqlite = Migrator::available(Database::Dialect::Sqlite);
        const auto postgres = Migrator::available(Database::Dialect::Postgres);
        QVERIFY(!sqlite.isEmpty());
        QCOMPARE(sqlite.size(), postgres.size());
        for (qsizetype i = 0; i < sqlite.size(); ++i) {
            QCOMPARE(sqlite.at(i).version, int(i + 1)); // numbered without gaps
            QCOMPARE(postgres.at(i).version, sqlite.at(i).version);
            QCOMPARE(postgres.at(i).name, sqlite.at(i).name);
        }
    }

    // 0007 widens airtime_sales.payment: on SQLite by rebuilding the table that wallet entries point at. The sales
    // made before the upgrade, and the entries that point at them, must come through intact, with the keys on.
    void upgradeKeepsAirtimeSalesAndTheirWalletEntries_data() { addBackendRows(); }
    void upgradeKeepsAirtimeSalesAndTheirWalletEntries()
    {
        PAYDESK_SCRATCH_AT_VERSION(scratch, 6);
        const Database& db = scratch.db();
        const Migrator migrator(db);
        QCOMPARE(*migrator.currentVersion(), 6);
        const QString at = QStringLiteral("2026-11-20T10:00:00Z");
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO airtime_sales (client_token, desk, vendor, phone, country, "
                                         "network, provider, provider_service, currency, amount, commission, cost, "
                                         "payment, state, request_id, created_at, updated_at) VALUES ('t1', 'desk-1', "
                                         "'ada', '+2348031234567', 'NG', 'mtn', 'vtpass', 'mtn', 'NGN', 15000, 450, "
                                         "14550, 'cash', 'delivered', 'R1', ?, ?)"),
                          {at, at})
                    .ok());
        auto saleId = sql::exec(db, QStringLiteral("SELECT id FROM airtime_sales WHERE client_token = 't1'"));
        QVERIFY(saleId && saleId->next());
        const qint64 id = saleId->value(0).toLongLong();
        saleId->finish(); // SQLite cannot drop a table a statement is still reading
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO airtime_wallet_entries (currency, kind, amount, balance_after, "
                                         "sale_id, actor, at) VALUES ('NGN', 'sale', -14550, 0, ?, 'ada', ?)"),
                          {id, at})
                    .ok());

        const auto upgraded = migrator.migrate();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QCOMPARE(*migrator.currentVersion(), Migrator::latestVersion());
        auto kept =
            sql::exec(db, QStringLiteral("SELECT s.id, s.payment, s.payment_reference, s.request_id, e.amount "
                                         "FROM airtime_sales s JOIN airtime_wallet_entries e ON e.sale_id = s.id"));
        QVERIFY(kept && kept->next());
        QCOMPARE(kept->value(0).toLongLong(), id);
        QCOMPARE(kept->value(1).toString(), QStringLiteral("cash"));
        QCOMPARE(kept->value(2).toString(), QString());
        QCOMPARE(kept->value(3).toString(), QStringLiteral("R1"));
        QCOMPARE(kept->value(4).toLongLong(), -14550);
        // The widened rule: 'paystack' is allowed, anything else still refused.
        const QString insert = QStringLiteral(
            "INSERT INTO airtime_sales (client_token, desk, vendor, phone, country, network, provider, "
            "provider_service, currency, amount, commission, cost, payment, payment_reference, state, created_at, "
            "updated_at) VALUES (?, 'desk-1', 'ada', '+2348031234567', 'NG', 'mtn', 'vtpass', 'mtn', 'NGN', 15000, "
            "450, 14550, ?, 'AIR-1', 'created', ?, ?)");
        QVERIFY(sql::exec(db, insert, {QStringLiteral("t2"), QStringLiteral("paystack"), at, at}).ok());
        QVERIFY(!sql::exec(db, insert, {QStringLiteral("t3"), QStringLiteral("cheque"), at, at}).ok());
        // The keys are on again, and still point at the rebuilt table; new sales continue the numbering.
        const auto dangling = sql::exec(db,
                                        QStringLiteral("INSERT INTO airtime_wallet_entries (currency, kind, amount, "
                                                       "balance_after, sale_id, actor, at) VALUES ('NGN', 'reversal', "
                                                       "14550, 14550, 999999, 'ada', ?)"),
                                        {at});
        QVERIFY(!dangling.ok());
        QCOMPARE(dangling.error().kind, DbError::Kind::Constraint);
        auto next = sql::exec(db, QStringLiteral("SELECT id FROM airtime_sales WHERE client_token = 't2'"));
        QVERIFY(next && next->next());
        QVERIFY(next->value(0).toLongLong() > id);
    }

    // Migration 0012 moves every delivery's raw body and headers into webhook_payloads, byte for byte.
    void upgradeMovesWebhookBodiesIntoTheirOwnTable_data() { addBackendRows(); }
    void upgradeMovesWebhookBodiesIntoTheirOwnTable()
    {
        PAYDESK_SCRATCH_AT_VERSION(scratch, 11);
        const Database& db = scratch.db();
        const Migrator migrator(db);
        const QByteArray binary("\x00\xff{\"a\":1}\x00", 11);
        const QString at = QStringLiteral("2026-11-20T10:00:00Z");
        for (const auto& [key, body] : {std::pair{QStringLiteral("k1"), binary},
                                        std::pair{QStringLiteral("k2"), QByteArray(R"({"event":"x"})")}}) {
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO webhook_inbox (dedupe_key, event, state, body, headers, "
                                             "source, received_at) VALUES (?, 'charge.success', 'received', ?, ?, "
                                             "'127.0.0.1', ?)"),
                              {key, body, QString(QStringLiteral(R"({"user-agent":")") + key + u"\"}"), at})
                        .ok());
        }
        QVERIFY(migrator.migrate().ok());
        auto moved = sql::exec(db, QStringLiteral("SELECT i.dedupe_key, p.body, p.headers FROM webhook_inbox i JOIN "
                                                  "webhook_payloads p ON p.inbox_id = i.id ORDER BY i.id"));
        QVERIFY(moved && moved->next());
        QCOMPARE(moved->value(0).toString(), QStringLiteral("k1"));
        QCOMPARE(moved->value(1).toByteArray(), binary);
        QCOMPARE(moved->value(2).toString(), QStringLiteral(R"({"user-agent":"k1"})"));
        QVERIFY(moved->next());
        QCOMPARE(moved->value(1).toByteArray(), QByteArray(R"({"event":"x"})"));
        QVERIFY(!moved->next());
        moved->finish();
        QVERIFY(!sql::exec(db, QStringLiteral("SELECT body FROM webhook_inbox")).ok());
        // A payload belongs to its delivery: removing the one removes the other.
        QVERIFY(sql::exec(db, QStringLiteral("DELETE FROM webhook_inbox WHERE dedupe_key = 'k1'")).ok());
        QCOMPARE(countRows(db, QStringLiteral("webhook_payloads")), 1);
    }

    // sql::Prepared runs on SQLite's own API there and on Qt's driver on PostgreSQL: the same values must land the
    // same way, NULLs and empty strings apart, bytes intact, numbers exact.
    void preparedStatementsBindAsQtDoes_data() { addBackendRows(); }
    void preparedStatementsBindAsQtDoes()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        const bool postgres = db.dialect() == Database::Dialect::Postgres;
        QVERIFY(sql::exec(db, postgres ? QStringLiteral("CREATE TEMP TABLE bound (id BIGINT GENERATED ALWAYS AS "
                                                        "IDENTITY PRIMARY KEY, k TEXT UNIQUE, t TEXT, b BYTEA, "
                                                        "i BIGINT, r DOUBLE PRECISION)")
                                       : QStringLiteral("CREATE TEMP TABLE bound (id INTEGER PRIMARY KEY "
                                                        "AUTOINCREMENT, k TEXT UNIQUE, t TEXT, b BLOB, i INTEGER, "
                                                        "r REAL)"))
                    .ok());
        const QByteArray bytes("\x00\x01\xfe\xff", 4);
        {
            sql::Prepared insert(db, sql::Prepared::appendReturningId(
                                         db, QStringLiteral("INSERT INTO bound (k, t, b, i, r) VALUES (?, ?, ?, ?, "
                                                            "?) ON CONFLICT (k) DO NOTHING")));
            // PostgreSQL will not put a boolean in a number column; SQLite stores true as 1, as Qt's driver does.
            const auto first = insert.insertedId({QStringLiteral("null"), QVariant(QMetaType::fromType<QString>()),
                                                  QByteArray(), postgres ? QVariant(1) : QVariant(true), 1.5});
            QVERIFY2(first.ok() && first->has_value(), qPrintable(first.ok() ? QString() : first.error().message));
            const auto second = insert.insertedId({QStringLiteral("empty"), QStringLiteral(""), bytes, qint64(1) << 40,
                                                   QVariant(QMetaType::fromType<double>())});
            QVERIFY(second.ok() && second->has_value());
            QVERIFY(**second > **first);
            const auto again = insert.insertedId({QStringLiteral("null"), QStringLiteral("x"), bytes, 1, 1.0});
            QVERIFY(again.ok());
            QVERIFY(!again->has_value()); // the key was there: nothing inserted, no id
            if (!postgres) // Qt's PostgreSQL driver binds missing values as NULL; SQLite's path refuses the row
                QVERIFY(!insert.insertedId({QStringLiteral("short")}).ok());
            const auto refused = sql::Prepared(db, QStringLiteral("INSERT INTO users (username, display_name, role, "
                                                                  "password_hash, created_at) VALUES (?, 'X', "
                                                                  "'nosuchrole', 'h', '2026-01-01T00:00:00Z')"))
                                     .run({QStringLiteral("x")});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, DbError::Kind::Constraint);
        }
        auto rows = sql::exec(db, QStringLiteral("SELECT k, t IS NULL, t, b IS NULL, b, i, r IS NULL, r FROM bound "
                                                 "ORDER BY id"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(1).toBool(), true);  // a null string is NULL
        QCOMPARE(rows->value(3).toBool(), true);  // so is a null byte array
        QCOMPARE(rows->value(5).toLongLong(), 1); // true is 1
        QCOMPARE(rows->value(7).toDouble(), 1.5);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(1).toBool(), false); // an empty string is not
        QCOMPARE(rows->value(2).toString(), QStringLiteral(""));
        QCOMPARE(rows->value(4).toByteArray(), bytes);
        QCOMPARE(rows->value(5).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows->value(6).toBool(), true);
        QVERIFY(!rows->next());
        rows->finish();
        sql::Prepared count(db, QStringLiteral("SELECT id FROM bound WHERE k = ?"));
        QVERIFY(count.firstNumber({QStringLiteral("empty")})->has_value());
        QVERIFY(!count.firstNumber({QStringLiteral("none")})->has_value());
    }

    // Background transactions (the inbox processor's) commit as durably as any other, and no transaction leaves its
    // connection relaxed: the next commit on it may be a payment's.
    void backgroundCommitsAreAsDurableAsAnyOther_data() { addBackendRows(); }
    void backgroundCommitsAreAsDurableAsAnyOther()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        const bool postgres = db.dialect() == Database::Dialect::Postgres;
        auto setting = [&] {
            auto read = sql::exec(db, postgres ? QStringLiteral("SHOW synchronous_commit")
                                               : QStringLiteral("PRAGMA synchronous"));
            return read && read->next() ? read->value(0).toString() : QStringLiteral("?");
        };
        const QString durable = postgres ? QStringLiteral("on") : QStringLiteral("2"); // FULL
        QCOMPARE(setting(), durable);
        for (const bool commit : {true, false}) {
            Transaction background(db, Transaction::Kind::Background);
            QVERIFY(background.isActive());
            QCOMPARE(setting(), durable);
            if (commit)
                QVERIFY(background.commit().ok());
            else
                background.rollback();
            QCOMPARE(setting(), durable);
        }
    }

    // A background writer (the inbox processor) lets a writer that is waiting go first; with nobody waiting it
    // goes at once.
    void backgroundWritersLetOthersGoFirst()
    {
        const auto gate = std::make_shared<WriteGate>();
        ArrivalOrder arrivals;
        QStringList& order = arrivals.order;
        const auto record = [&](const QString& who) { arrivals.record(who); };
        gate->acquire(WriteGate::Priority::Normal); // held: both below must wait
        std::atomic<bool> backgroundWaiting = false;
        std::thread background([&] {
            backgroundWaiting = true;
            WriteGateHold hold(gate, WriteGate::Priority::Background);
            record(QStringLiteral("background"));
        });
        QTRY_VERIFY(backgroundWaiting.load());
        QThread::msleep(20); // the background writer is queued first...
        // The normal writer announces itself before it queues, as the webhook intake does, so that the gate is
        // released only once it counts as waiting (a fixed sleep here lost the race on a loaded machine).
        std::atomic<bool> normalAnnounced = false;
        std::thread normal([&] {
            gate->expect();
            normalAnnounced = true;
            WriteGateHold hold(gate, WriteGate::Priority::Normal);
            gate->unexpect();
            record(QStringLiteral("normal"));
            QThread::msleep(20);
        });
        for (QDeadlineTimer announced(5000); !normalAnnounced.load() && !announced.hasExpired();)
            QThread::usleep(200);
        QVERIFY(normalAnnounced.load());
        gate->release(); // ...and still goes second
        normal.join();
        background.join();
        QCOMPARE(order, (QStringList{QStringLiteral("normal"), QStringLiteral("background")}));

        QElapsedTimer alone;
        alone.start();
        WriteGateHold(gate, WriteGate::Priority::Background).release();
        QVERIFY(alone.elapsed() < WriteGate::kYieldMs); // nobody waiting: no yielding

        // A writer expected soon (the webhook intake's next batch, queued on its worker) counts as waiting: the
        // background writer yields to it although the gate is free, then goes when it has been and gone.
        order.clear();
        gate->expect();
        std::thread patient([&] {
            WriteGateHold hold(gate, WriteGate::Priority::Background);
            record(QStringLiteral("background"));
        });
        QThread::msleep(20);
        {
            gate->unexpect();
            WriteGateHold hold(gate, WriteGate::Priority::Normal);
            record(QStringLiteral("expected"));
        }
        patient.join();
        QCOMPARE(order, (QStringList{QStringLiteral("expected"), QStringLiteral("background")}));
    }

    // A writer that lets go and asks again at once (the intake's worker) queues behind the one already waiting (the
    // WAL checkpointer, which otherwise waited while the log grew by tens of thousands of frames).
    void normalWritersAreServedInTheOrderTheyCame()
    {
        const auto gate = std::make_shared<WriteGate>();
        ArrivalOrder arrivals;
        QStringList& order = arrivals.order;
        const auto record = [&](const QString& who) { arrivals.record(who); };
        gate->acquire(WriteGate::Priority::Normal);
        std::thread waiting([&] {
            WriteGateHold hold(gate, WriteGate::Priority::Normal);
            record(QStringLiteral("waiting"));
        });
        QTRY_COMPARE(gate->normalWaiting(), 1);
        for (int batch = 0; batch < 3; ++batch) { // one thread's batches, back to back
            gate->release();
            gate->acquire(WriteGate::Priority::Normal);
            record(QStringLiteral("batch"));
        }
        gate->release();
        waiting.join();
        QCOMPARE(order.first(), QStringLiteral("waiting"));
        QCOMPARE(order.size(), 4);
        QCOMPARE(gate->normalWaiting(), 0);
    }

    void refusesNewerSchema_data() { addBackendRows(); }
    void refusesNewerSchema()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const int future = Migrator::latestVersion() + 1;
        QVERIFY(sql::exec(scratch.db(),
                          QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                                         "VALUES (?, 'from_the_future', 'x', 'now')"),
                          {future})
                    .ok());
        const auto result = Migrator(scratch.db()).migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, DbError::Kind::SchemaTooNew);
        QVERIFY(result.error().message.contains(QString::number(future)));
    }

    void sqlitePragmasAreChecked()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        PAYDESK_REQUIRE_READY(scratch);
        auto pragma = [&](const QString& name) {
            auto query = sql::exec(scratch.db(), QStringLiteral("PRAGMA %1").arg(name));
            return query && query->next() ? query->value(0).toString() : QString();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(pragma(QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    }

    // Statements run through SQLite's own API: two users of one text at once, a failure followed by the next
    // values, a column added after a statement of the same text ran before, and a worker thread's statements.
    void sqliteStatementsRunAsQtsWould()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        PAYDESK_REQUIRE_READY(scratch);
        const Database& db = scratch.db();
        QVERIFY(sql::exec(db, QStringLiteral("CREATE TABLE kept (k TEXT PRIMARY KEY, v INTEGER)")).ok());
        const QString insert = QStringLiteral("INSERT INTO kept (k, v) VALUES (?, ?)");
        QCOMPARE(sql::Prepared(db, insert).run({QStringLiteral("a"), 1}).valueOr(-1), 1);
        {
            sql::Prepared outer(db, insert);
            sql::Prepared inner(db, insert);
            QCOMPARE(outer.run({QStringLiteral("c"), 3}).valueOr(-1), 1);
            QCOMPARE(inner.run({QStringLiteral("d"), 4}).valueOr(-1), 1);
        }
        const auto duplicate = sql::Prepared(db, insert).run({QStringLiteral("a"), 5});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, DbError::Kind::Constraint);
        QCOMPARE(sql::Prepared(db, insert).run({QStringLiteral("e"), 5}).valueOr(-1), 1);

        const QString select = QStringLiteral("SELECT * FROM kept WHERE k = ?");
        auto before = sql::Prepared(db, select).rows({QStringLiteral("a")});
        QVERIFY(before.ok());
        QCOMPARE(before->first(), (QVariantList{QStringLiteral("a"), qint64(1)}));
        QVERIFY(sql::exec(db, QStringLiteral("ALTER TABLE kept ADD COLUMN note TEXT")).ok());
        auto after = sql::Prepared(db, select).rows({QStringLiteral("a")});
        QVERIFY(after.ok());
        QCOMPARE(after->first(), (QVariantList{QStringLiteral("a"), qint64(1), QVariant()}));

        DatabaseWorker worker;
        worker.adopt(db);
        bool ran = false;
        worker.runAndWait([&] { ran = sql::Prepared(db, insert).run({QStringLiteral("f"), 6}).ok(); });
        QVERIFY(ran);
        QCOMPARE(countRows(db, QStringLiteral("kept")), 5);
    }

    // Every SQLite connection writes through SQLite's own file layer: nothing of ours sits between a commit and the
    // disk (a layer that gathered log writes once broke SQLite's durability, see test_power_loss).
    void sqliteConnectionsUseSqlitesOwnFileLayer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto [url, options] = newSqliteFile(dir, QStringLiteral("layer.sqlite3"));
        auto opened = Database::open(url, options);
        QVERIFY(opened.ok());
        const Database db = *opened;
        QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("unix"));
        for (sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr); vfs; vfs = vfs->pNext)
            QVERIFY2(QByteArray(vfs->zName).startsWith("unix") || QByteArray(vfs->zName) == "memdb", vfs->zName);
        auto onThread = std::async(std::launch::async, [&db] {
            sqlite3_vfs* vfs = nullptr;
            sqlite3_file_control(sqliteHandle(db.connection()), "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
            const QByteArray name = vfs ? QByteArray(vfs->zName) : QByteArray();
            db.releaseThreadConnection();
            return name;
        });
        sqlite3_vfs* vfs = nullptr;
        QCOMPARE(sqlite3_file_control(sqliteHandle(db.connection()), "main", SQLITE_FCNTL_VFS_POINTER, &vfs),
                 SQLITE_OK);
        QVERIFY(vfs);
        QCOMPARE(QByteArray(vfs->zName), QByteArray("unix"));
        QCOMPARE(onThread.get(), QByteArray("unix"));
    }

    void transactionRollsBackUnlessCommitted_data() { addBackendRows(); }
    void transactionRollsBackUnlessCommitted()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        auto insert = [&](const QString& key) {
            return sql::exec(db,
                             QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) "
                                            "VALUES (?, 'v', '2026-01-01T00:00:00.000Z', 'test')"),
                             {key})
                .ok();
        };
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(insert(QStringLiteral("dropped")));
        } // no commit: rolled back
        QCOMPARE(countRows(db, QStringLiteral("settings")), 0);
        {
            Transaction outer(db);
            QVERIFY(insert(QStringLiteral("kept")));
            {
                Transaction inner(db); // a savepoint
                QVERIFY(inner.isActive());
                QVERIFY(insert(QStringLiteral("inner-dropped")));
            }
            {
                Transaction inner(db);
                QVERIFY(insert(QStringLiteral("inner-kept")));
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        auto keys = sql::exec(db, QStringLiteral("SELECT key FROM settings ORDER BY key"));
        QStringList found;
        while (keys->next())
            found << keys->value(0).toString();
        QCOMPARE(found, (QStringList{QStringLiteral("inner-kept"), QStringLiteral("kept")}));
    }

    void settingsAreAudited_data() { addBackendRows(); }
    void settingsAreAudited()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const SettingsRepository settings(scratch.db());
        QVERIFY(!settings.value(QStringLiteral("hospital.name"))->has_value());
        QVERIFY(settings.setValue(QStringLiteral("hospital.name"), QStringLiteral("St. Luke's"), QStringLiteral("ada"))
                    .ok());
        QVERIFY(
            settings.setValue(QStringLiteral("hospital.name"), QStringLiteral("St Luke"), QStringLiteral("ada")).ok());
        QCOMPARE(settings.valueOr(QStringLiteral("hospital.name"), QString()), QStringLiteral("St Luke"));
        QCOMPARE(settings.intOr(QStringLiteral("missing"), 42), 42);
        QCOMPARE(countRows(scratch.db(), QStringLiteral("audit_log")), 2);
    }

    void constraintErrorsAreClassified_data() { addBackendRows(); }
    void constraintErrorsAreClassified()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const auto bad = sql::exec(scratch.db(),
                                   QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, "
                                                  "created_at) VALUES ('x', 'X', 'nosuchrole', 'h', ?)"),
                                   {sql::timeValue(QDateTime::currentDateTimeUtc())});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, DbError::Kind::Constraint);
    }

    void connectionPerThread_data() { addBackendRows(); }
    void connectionPerThread()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database db = scratch.db();
        const QString mainName = db.connectionName();
        QString workerName;
        qint64 workerCount = -1;
        QThread* worker = QThread::create([&] {
            workerName = db.connectionName();
            workerCount = countRows(db, QStringLiteral("roles"));
            db.releaseThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(workerName != mainName);
        QCOMPARE(workerCount, 3);
    }

    void workerRunsJobsInOrderOffTheCallingThread_data() { addBackendRows(); }
    void workerRunsJobsInOrderOffTheCallingThread()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        DatabaseWorker worker;
        const Database db = scratch.db();
        worker.adopt(db);
        QList<int> order;
        QList<qint64> counts;
        std::atomic<Qt::HANDLE> jobThread{nullptr};
        QObject context;
        for (int i = 0; i < 10; ++i) {
            worker.run(
                [db, i, &jobThread] {
                    jobThread = QThread::currentThreadId();
                    return std::pair{i, countRows(db, QStringLiteral("roles"))};
                },
                &context,
                [&](const std::pair<int, qint64>& result) {
                    QVERIFY(QThread::currentThreadId() != jobThread.load()); // delivered back on this thread
                    order << result.first;
                    counts << result.second;
                });
        }
        QTRY_COMPARE(order.size(), 10);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(counts, QList<qint64>(10, 3));
        QVERIFY(jobThread.load() != QThread::currentThreadId());
    }

    void workerDropsResultsForDeadContexts()
    {
        DatabaseWorker worker;
        bool called = false;
        auto* context = new QObject;
        worker.run([] { return 42; }, context, [&](int) { called = true; });
        delete context;
        worker.runAndWait([] {}); // the job has run and its result is queued (or dropped) by now
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void missingSqliteFileIsNotCreated()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("typo.sqlite3"));
        const auto db = Database::open(url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, DbError::Kind::NotFound);
        QVERIFY(db.error().message.contains(QStringLiteral("typo.sqlite3")));
        QVERIFY(!QFile::exists(url.path));
    }

    void corruptSqliteFileIsReported()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("corrupt.sqlite3"));
        QFile file(url.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const auto db = Database::open(url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, DbError::Kind::Corrupt);
        // The damaged file is left exactly as it was, for recovery.
        QCOMPARE(QFileInfo(url.path).size(), 8192);
    }

    void unreachablePostgresIsReported()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/paydesk?connect_timeout=2"));
        QVERIFY(url.ok());
        const auto db = Database::open(*url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, DbError::Kind::Unreachable);
        QVERIFY(db.error().message.startsWith(QStringLiteral("Cannot connect to the PostgreSQL server")));
    }

    void wrongPostgresDatabaseIsReported()
    {
        if (postgresAdminUrl().isEmpty())
            QSKIP("no PostgreSQL");
        auto url = DatabaseUrl::parse(postgresAdminUrl());
        url->database = QStringLiteral("no_such_database");
        const auto db = Database::open(*url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, DbError::Kind::Unreachable);
        QVERIFY(db.error().message.contains(QStringLiteral("no_such_database")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
