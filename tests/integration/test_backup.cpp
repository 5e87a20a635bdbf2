// Backups of a desk's SQLite database: encrypted, checked right after they are written, rotated, restored on
// another profile with the recovery code; made while a webhook flood and a cashier's payments are going on. Real
// files, a real paydesk-server process, the real command line.
#include "backup/backup_cipher.h"
#include "backup/backup_folder.h"
#include "backup/backup_rotation.h"
#include "backup/recovery_code.h"
#include "billing/attempt_repository.h"
#include "billing/invoice_repository.h"
#include "cli_run.h"
#include "config/sample_data.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "server_process.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "webhook_load.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QByteArray kPaystackKey = "sk_test_backupflood0123456789abcdef";

qint64 count(const Database& db, const QString& statement)
{
    auto query = sql::exec(db, statement);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A migrated SQLite database in `dir` with the training sample data (users, price list, patients).
Database sampleDatabase(const QTemporaryDir& dir, const QString& name)
{
    DatabaseUrl url;
    url.path = dir.filePath(name);
    Database::Options options;
    options.create = Database::CreateMode::CreateIfMissing;
    auto db = openMigrated(url, options);
    if (!db || !loadSampleData(*db))
        qFatal("cannot make the sample database");
    return *db;
}

// Bills the first sample patient for the first price item and takes it in cash: the invoice's id.
qint64 billAndPayCash(const Database& db)
{
    auto item = sql::exec(db, QStringLiteral("SELECT id, code, name, unit_price, currency FROM price_items ORDER BY id "
                                             "LIMIT 1"));
    auto patient = sql::exec(db, QStringLiteral("SELECT id FROM patients ORDER BY id LIMIT 1"));
    if (!item || !item->next() || !patient || !patient->next())
        return 0;
    const Currency currency = *Currency::fromCode(item->value(4).toString());
    InvoiceLineInput line;
    line.priceItemId = item->value(0).toLongLong();
    line.code = item->value(1).toString();
    line.description = item->value(2).toString();
    line.unitPrice = Money::fromMinor(item->value(3).toLongLong(), currency);
    line.quantity = 1;
    const qint64 patientId = patient->value(0).toLongLong();
    // Read statements left open would hold a snapshot the write below could not build on.
    item->finish();
    patient->finish();
    const BillingActor cashier{SampleAccounts::kCashier, QStringLiteral("Desk 1"), QString()};
    auto invoice = InvoiceRepository(db).issue({patientId, currency, {line}}, cashier);
    if (!invoice)
        return 0;
    NewAttempt cash;
    cash.invoiceId = invoice->id;
    cash.amount = invoice->totals.total;
    cash.tendered = invoice->totals.total;
    return AttemptRepository(db).create(cash, cashier) ? invoice->id : 0;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

  private slots:
    void recoveryCodesRoundTripAndCatchTypos()
    {
        const Secret key = recovery_code::newKey();
        const QString code = recovery_code::format(key);
        QCOMPARE(code.size(), 55 + 10); // 55 letters and digits in groups of five
        auto back = recovery_code::parse(code);
        QVERIFY(back);
        QCOMPARE(back->reveal(), key.reveal());
        // As a person types it: lower case, spaces instead of dashes.
        auto typed = recovery_code::parse(code.toLower().replace(u'-', u' '));
        QVERIFY(typed);
        QCOMPARE(typed->reveal(), key.reveal());
        QString typo = code;
        typo[7] = typo[7] == u'A' ? u'B' : u'A';
        QVERIFY(recovery_code::parse(typo).error().contains(QStringLiteral("typo")));
        QVERIFY(recovery_code::parse(code.left(40)).error().contains(QStringLiteral("55")));
        QVERIFY(recovery_code::parse(code + QStringLiteral("0")).error().contains(QStringLiteral("\"0\"")));
    }

    // A year of backups every four hours and at each shift close, rotated after each one on a mock clock: what is
    // left is the newest of each of the last 7 days, 4 weeks and 12 months, and never more than 23 files.
    void rotationKeepsDaysWeeksAndMonthsOverAYear()
    {
        const BackupRotation rotation;
        QList<QDateTime> kept;
        const QDateTime start(QDate(2026, 1, 1), QTime(2, 0), QTimeZone::utc());
        QDateTime now = start;
        for (int step = 0; step < 365 * 6; ++step, now = now.addSecs(4 * 3600)) {
            kept << now;
            if (now.time().hour() == 18) // a shift closed a little later
                kept << now.addSecs(1800);
            const QSet<QDateTime> keep = rotation.keep(kept);
            kept.removeIf([&](const QDateTime& time) { return !keep.contains(time); });
            QVERIFY2(kept.size() <= 7 + 4 + 12, qPrintable(QString::number(kept.size())));
        }
        const QDateTime newest = *std::max_element(kept.cbegin(), kept.cend());
        QVERIFY(kept.contains(newest));
        QSet<QDate> days;
        QSet<int> months;
        for (const QDateTime& time : std::as_const(kept)) {
            days.insert(time.date());
            months.insert(time.date().year() * 100 + time.date().month());
        }
        for (int back = 0; back < 7; ++back)
            QVERIFY2(days.contains(newest.date().addDays(-back)), qPrintable(newest.date().addDays(-back).toString()));
        QCOMPARE(months.size(), 12);
        // The newest of each kept day: the day's last backup.
        for (const QDateTime& time : std::as_const(kept)) {
            if (time.date() >= newest.date().addDays(-6))
                QVERIFY(time.time() >= QTime(22, 0) || time.date() == newest.date());
        }
    }

    // A backup holds nothing readable: no SQLite header, no patient's name; it checks out, and lists with its size.
    void backupsAreEncryptedCheckedAndListed()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        QVERIFY(billAndPayCash(db) > 0);
        auto lastName = sql::exec(db, QStringLiteral("SELECT last_name FROM patients ORDER BY id LIMIT 1"));
        QVERIFY(lastName && lastName->next());
        const QByteArray name = lastName->value(0).toString().toUtf8();
        lastName->finish();
        QVERIFY(!name.isEmpty());

        const BackupFolder backups(drive.path(), recovery_code::newKey());
        auto made = backups.create(db);
        QVERIFY2(made, qPrintable(made ? QString() : made.error()));
        QVERIFY(made->contents.isSound());
        QCOMPARE(made->contents.invoices, qint64(1));
        QCOMPARE(made->contents.payments, qint64(1));
        QCOMPARE(made->contents.schemaVersion, Migrator::latestVersion());
        QVERIFY(made->contents.lastAuditSeq > 0);

        const QStringList files = QDir(drive.path()).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QFileInfo(made->entry.path).fileName()});
        const QByteArray bytes = readAll(made->entry.path);
        QVERIFY(bytes.startsWith("PDBACKUP"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains(name));
        // Nothing of the plain snapshot stays beside the live database either.
        QCOMPARE(QDir(data.path()).entryList({QStringLiteral(".paydesk-*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());

        auto listed = backups.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().bytes, qint64(bytes.size()));
        QVERIFY(!listed->first().failedCheck);
        auto verified = backups.verify(made->entry.path);
        QVERIFY(verified && verified->isSound());
    }

    // Each bad file gets its own clear message and nothing is restored from it.
    void damagedWrongKeyAndForeignFilesAreRefused()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        const Secret key = recovery_code::newKey();
        const BackupFolder backups(drive.path(), key);
        auto made = backups.create(db);
        QVERIFY(made);
        const QByteArray good = readAll(made->entry.path);

        const QString tampered = drive.filePath(QStringLiteral("tampered.pdbk"));
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x01);
        QVERIFY(writeAll(tampered, flipped));
        QVERIFY(backups.verify(tampered).error().contains(QStringLiteral("damaged or was altered")));

        const QString truncated = drive.filePath(QStringLiteral("truncated.pdbk"));
        QVERIFY(writeAll(truncated, good.left(good.size() - 1000)));
        QVERIFY(backups.verify(truncated).error().contains(QStringLiteral("damaged or was altered")));
        const QString stub = drive.filePath(QStringLiteral("stub.pdbk"));
        QVERIFY(writeAll(stub, good.left(20)));
        QVERIFY(backups.verify(stub).error().contains(QStringLiteral("cut short")));

        const BackupFolder otherDesk(drive.path(), recovery_code::newKey());
        QVERIFY(otherDesk.verify(made->entry.path).error().contains(QStringLiteral("another backup key")));

        const QString notOurs = drive.filePath(QStringLiteral("photo.pdbk"));
        QVERIFY(writeAll(notOurs, QByteArray(4096, 'x')));
        QVERIFY(backups.verify(notOurs).error().contains(QStringLiteral("not a Paydesk backup")));

        // None of them is restored; the database that was there stays as it was.
        QTemporaryDir other;
        const Database target = sampleDatabase(other, QStringLiteral("target.sqlite3"));
        const qint64 auditRows = count(target, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QString targetPath = target.url().path;
        for (const QString& bad : {tampered, truncated, stub, notOurs})
            QVERIFY(!backups.restore(bad, targetPath, QStringLiteral("admin")));
        QVERIFY(!otherDesk.restore(made->entry.path, targetPath, QStringLiteral("admin")));
        QCOMPARE(count(target, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);
        QCOMPARE(QDir(other.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files), QStringList());
    }

    // A disk that fills up (here: the file-size limit) mid-write: one clear message, and nothing under a backup's
    // name, so no half-written file is ever taken for a backup.
    void aFullDiskLeavesNoBackupBehind()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        const BackupFolder backups(drive.path(), recovery_code::newKey());
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        rlimit tight = limit;
        tight.rlim_cur = 64 * 1024; // the snapshot of the sample database is bigger
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
        auto made = backups.create(db);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!made);
        QVERIFY2(made.error().startsWith(QStringLiteral("Cannot")), qPrintable(made.error()));
        QCOMPARE(QDir(drive.path()).entryList(QDir::Files), QStringList());
        QCOMPARE(QDir(data.path()).entryList({QStringLiteral(".paydesk-*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
        auto check = sql::exec(db, QStringLiteral("PRAGMA integrity_check")); // the live database is untouched
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
    }

    void aMissingFolderIsAClearErrorAndTouchesNothing()
    {
        QTemporaryDir data;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        const qint64 auditRows = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const BackupFolder backups(data.filePath(QStringLiteral("usb-drive-not-plugged-in")), recovery_code::newKey());
        auto made = backups.create(db);
        QVERIFY(!made);
        QVERIFY2(made.error().contains(QStringLiteral("does not exist")), qPrintable(made.error()));
        QVERIFY(!backups.list());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);
    }

    // The desk's disk died: on a new, empty profile, the recovery code written down restores the books.
    void restoresOnAnotherProfileWithTheRecoveryCode()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        QVERIFY(billAndPayCash(db) > 0);
        QVERIFY(billAndPayCash(db) > 0);
        const Secret key = recovery_code::newKey();
        const QString written = recovery_code::format(key);
        auto made = BackupFolder(drive.path(), key).create(db);
        QVERIFY(made);

        QTemporaryDir newProfile;
        const QString path = newProfile.filePath(QStringLiteral("paydesk.sqlite3"));
        const BackupFolder fromCode(drive.path(), *recovery_code::parse(written));
        auto restored = fromCode.restore(made->entry.path, path, QStringLiteral("admin"));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        QVERIFY(restored->keptAside.isEmpty());
        DatabaseUrl url;
        url.path = path;
        auto reopened = Database::open(url);
        QVERIFY(reopened);
        QCOMPARE(count(*reopened, QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(2));
        auto audit = AuditLog(*reopened).verify();
        QVERIFY(audit && audit->intact);
        QCOMPARE(count(*reopened, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restored'")),
                 qint64(1));

        // Restoring over a database keeps that one aside, whole.
        QVERIFY(billAndPayCash(*reopened) > 0);
        reopened->releaseThreadConnection();
        auto again = fromCode.restore(made->entry.path, path, QStringLiteral("admin"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        QVERIFY(QFile::exists(again->keptAside));
        DatabaseUrl asideUrl;
        asideUrl.path = again->keptAside;
        auto aside = Database::open(asideUrl);
        QVERIFY(aside);
        QCOMPARE(count(*aside, QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(3));
    }

    // A backup from a newer Paydesk is refused; one from an older schema is migrated when restored.
    void newerBackupsAreRefusedOlderOnesMigrated()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Secret key = recovery_code::newKey();
        const BackupFolder backups(drive.path(), key);
        {
            ScratchDatabase older(QStringLiteral("sqlite"));
            QVERIFY(older.migrate(10));
            auto made = backups.create(older.db());
            QVERIFY2(made, qPrintable(made ? QString() : made.error()));
            QCOMPARE(made->contents.schemaVersion, 10);
            auto restored = backups.restore(made->entry.path, data.filePath(QStringLiteral("old.sqlite3")),
                                            QStringLiteral("admin"));
            QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
            DatabaseUrl url;
            url.path = data.filePath(QStringLiteral("old.sqlite3"));
            auto reopened = Database::open(url);
            QCOMPARE(*Migrator(*reopened).currentVersion(), Migrator::latestVersion());
        }
        const Database newer = sampleDatabase(data, QStringLiteral("newer.sqlite3"));
        QVERIFY(sql::exec(newer,
                          QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES "
                                         "(?, 'from_the_future', 'x', 'now')"),
                          {Migrator::latestVersion() + 1}));
        auto made = backups.create(newer);
        QVERIFY2(made, qPrintable(made ? QString() : made.error()));
        const Database target = sampleDatabase(data, QStringLiteral("target.sqlite3"));
        auto refused = backups.restore(made->entry.path, target.url().path, QStringLiteral("admin"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("newer Paydesk")), qPrintable(refused.error()));
        QCOMPARE(*Migrator(target).currentVersion(), Migrator::latestVersion());
    }

    // A backup taken while paydesk-server takes a webhook flood and a cashier takes cash payments: restored, it
    // passes integrity_check and the audit chain, and holds every delivery answered 200 and every payment
    // committed before the backup began.
    void aBackupDuringAFloodAndPaymentsHoldsEverythingCommittedBefore()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        DatabaseUrl url = db.url();
        ServerProcess server({url, kPaystackKey, QUrl(), 0, {}});
        const quint16 port = server.start();
        QVERIFY2(port != 0, qPrintable(server.error()));
        WebhookLoad load;
        load.port = port;
        load.secretKey = kPaystackKey;
        load.connections = 16;
        // Paced: the server is another process here, and SQLite's busy handler, which queues this process's
        // payments behind its commits, would lose every race against a closed loop (on a desk, the webhook server
        // is in the same process and shares its write gate).
        load.ratePerSecond = 500;
        load.count = 200000;
        std::atomic<bool> stop{false};
        WebhookLoad::Outcome flood;
        std::thread loader([&] { flood = load.run(&stop); });
        QTest::qWait(700);

        QList<qint64> paidBefore;
        for (int i = 0; i < 3; ++i)
            paidBefore << billAndPayCash(db);
        QVERIFY(!paidBefore.contains(0));
        const qint64 storedBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox"));
        const qint64 newestBefore = count(db, QStringLiteral("SELECT MAX(id) FROM webhook_inbox"));
        QVERIFY2(storedBefore > 100, qPrintable(QString::number(storedBefore)));
        const qint64 auditBefore = count(db, QStringLiteral("SELECT MAX(seq) FROM audit_log"));

        // The backup on a thread of its own (as the desk's worker makes it); payments go on meanwhile.
        const Secret key = recovery_code::newKey();
        Result<BackupFolder::Made, QString> made = QStringLiteral("not made");
        std::thread backup([&] {
            made = BackupFolder(drive.path(), key).create(db);
            db.releaseThreadConnection();
        });
        int paidDuring = 0;
        for (int i = 0; i < 3; ++i)
            paidDuring += billAndPayCash(db) > 0 ? 1 : 0;
        backup.join();
        stop = true;
        loader.join();
        server.stop();
        QCOMPARE(paidDuring, 3);
        QVERIFY2(made, qPrintable(made ? QString() : made.error()));

        QTemporaryDir restoredProfile;
        const QString path = restoredProfile.filePath(QStringLiteral("restored.sqlite3"));
        auto restored = BackupFolder(drive.path(), key).restore(made->entry.path, path, QStringLiteral("admin"));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        DatabaseUrl restoredUrl;
        restoredUrl.path = path;
        auto copy = Database::open(restoredUrl);
        QVERIFY(copy);
        auto check = sql::exec(*copy, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        auto audit = AuditLog(*copy).verify();
        QVERIFY(audit && audit->intact);
        QVERIFY(count(*copy, QStringLiteral("SELECT MAX(seq) FROM audit_log")) >= auditBefore);
        for (qint64 invoice : std::as_const(paidBefore))
            QCOMPARE(count(*copy, QStringLiteral("SELECT COUNT(*) FROM payments WHERE invoice_id = %1").arg(invoice)),
                     qint64(1));
        QCOMPARE(count(*copy, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE id <= %1").arg(newestBefore)),
                 storedBefore);
        int acknowledged = 0;
        for (const WebhookLoad::Delivery& delivery : std::as_const(flood.deliveries))
            acknowledged += delivery.status == 200 ? 1 : 0;
        QVERIFY(count(*copy, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox")) <= acknowledged + 2);
        qInfo("%lld deliveries stored before the backup began, all in it; %d acknowledged in the whole flood",
              static_cast<long long>(storedBefore), acknowledged);
    }

    // The hospital's PostgreSQL: pg_dump encrypted like any backup, checked by pg_restore, restored only into an
    // empty database, where the audit chain verifies; never over the database in use.
    void postgresBackupsRestoreIntoAnEmptyDatabaseOnly()
    {
        ScratchDatabase source(QStringLiteral("postgresql"));
        PAYDESK_REQUIRE_READY(source);
        QVERIFY(source.migrate());
        QVERIFY(loadSampleData(source.db()));
        QVERIFY(billAndPayCash(source.db()) > 0);
        QTemporaryDir drive;
        const BackupFolder backups(drive.path(), recovery_code::newKey());
        auto made = backups.create(source.db());
        QVERIFY2(made, qPrintable(made ? QString() : made.error()));
        QCOMPARE(made->contents.schemaVersion, Migrator::latestVersion());
        QCOMPARE(made->contents.payments, qint64(1));
        QVERIFY(!made->contents.auditVerified);
        QVERIFY(!readAll(made->entry.path).contains("PGDMP")); // pg_dump's own header is inside the encryption

        // Not over a database with anything in it: the source itself, here.
        auto refused = backups.restore(made->entry.path, source.url(), QStringLiteral("admin"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not empty")), qPrintable(refused.error()));
        QCOMPARE(count(source.db(), QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(1));

        ScratchDatabase empty(QStringLiteral("postgresql"));
        PAYDESK_REQUIRE_READY(empty);
        auto restored = backups.restore(made->entry.path, empty.url(), QStringLiteral("admin"));
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        QVERIFY(restored->contents.auditVerified && restored->contents.audit.intact);
        QCOMPARE(count(empty.db(), QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(1));
        QCOMPARE(count(empty.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restored'")),
                 qint64(1));
    }

    // paydesk-server backup: new-key, create, list, verify, restore, with the key from the environment.
    void theCommandLineBacksUpListsVerifiesAndRestores()
    {
        QTemporaryDir data;
        QTemporaryDir drive;
        const Database db = sampleDatabase(data, QStringLiteral("desk.sqlite3"));
        QVERIFY(billAndPayCash(db) > 0);
        const QString database = QStringLiteral("sqlite:") + db.url().path;

        const CliRun key = runCli({QStringLiteral("backup"), QStringLiteral("new-key")});
        QCOMPARE(key.code, 0);
        const QString code = key.out.trimmed();
        QVERIFY(recovery_code::parse(code));

        const CliRun missingKey = runCli({QStringLiteral("--database"), database, QStringLiteral("--folder"),
                                          drive.path(), QStringLiteral("backup"), QStringLiteral("create")});
        QCOMPARE(missingKey.code, 6);
        QVERIFY(missingKey.err.contains(QStringLiteral("PAYDESK_BACKUP_KEY")));

        qputenv("PAYDESK_BACKUP_KEY", code.toUtf8());
        const CliRun created = runCli({QStringLiteral("--database"), database, QStringLiteral("--folder"), drive.path(),
                                       QStringLiteral("backup"), QStringLiteral("create")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QVERIFY(created.out.contains(QStringLiteral("written and checked")));
        QVERIFY(created.out.contains(QStringLiteral("1 invoices")));

        const CliRun listed =
            runCli({QStringLiteral("--folder"), drive.path(), QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QString file = listed.out.trimmed().split(u'\t').last();
        QVERIFY2(QFile::exists(file), qPrintable(listed.out));

        const CliRun verified = runCli({QStringLiteral("backup"), QStringLiteral("verify"), file});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("can be restored")));

        const QString target = data.filePath(QStringLiteral("restored.sqlite3"));
        const CliRun restored = runCli({QStringLiteral("--database"), QStringLiteral("sqlite:") + target,
                                        QStringLiteral("backup"), QStringLiteral("restore"), file});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(QFile::exists(target));

        qputenv("PAYDESK_BACKUP_KEY", recovery_code::format(recovery_code::newKey()).toUtf8());
        const CliRun wrongKey = runCli({QStringLiteral("backup"), QStringLiteral("verify"), file});
        QCOMPARE(wrongKey.code, 7);
        QVERIFY(wrongKey.err.contains(QStringLiteral("another backup key")));
        qunsetenv("PAYDESK_BACKUP_KEY");
    }
};

int main(int argc, char* argv[])
{
    if (const int child = runServerChild(argc, argv); child >= 0)
        return child;
    QCoreApplication app(argc, argv);
    TestBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_backup.moc"
