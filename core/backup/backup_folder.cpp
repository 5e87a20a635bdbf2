#include "backup/backup_folder.h"

#include "backup/backup_cipher.h"
#include "backup/postgres_dump.h"
#include "security/audit_log.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "util/durable_file.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>

namespace paydesk {

namespace {

const QString kSuffix = QStringLiteral(".pdbk");
const QString kFailedSuffix = QStringLiteral(".failed.pdbk");

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupFolder", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// paydesk-20261208-143000Z.pdbk, paydesk-20261208-143000Z-2.pdbk (a second in the same second), and .failed.pdbk.
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^paydesk-(\d{8}-\d{6})Z(?:-\d+)?(\.failed)?\.pdbk$)"));
    return pattern;
}

// Decrypts `file` into `dir` and reads what it holds.
Result<BackupContents, QString>
decryptAndInspect(const QString& file, const QTemporaryDir& dir, const Secret& key, QString& plainPath)
{
    if (!dir.isValid())
        return tr("Cannot make a private folder to check the backup in: %1").arg(dir.errorString());
    plainPath = dir.filePath(QStringLiteral("backup.plain"));
    auto decrypted = backup_cipher::decryptFile(file, plainPath, key);
    if (!decrypted)
        return decrypted.error().message;
    if (*decrypted == backup_cipher::Kind::PostgresDump)
        return postgres_dump::inspect(plainPath);
    return inspectSqliteFile(plainPath);
}

// Decrypted and checked, ready to go in place: the plain file's contents, or why it must not be restored.
Result<BackupContents, QString>
checkedForRestore(const QString& file, const QTemporaryDir& dir, const Secret& key, QString& plainPath)
{
    auto contents = decryptAndInspect(file, dir, key, plainPath);
    if (contents) {
        if (const QString problem = contents->problem(); !problem.isEmpty())
            return tr("Not restored: %1").arg(problem);
    }
    return contents;
}

} // namespace

QString BackupFolder::fileNameFor(const QDateTime& madeAt)
{
    return QStringLiteral("paydesk-%1Z").arg(madeAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))) + kSuffix;
}

Result<QList<BackupFolder::Entry>, QString> BackupFolder::list() const
{
    const QDir folder(m_folder);
    if (!folder.exists())
        return tr("The backup folder %1 does not exist (is the drive plugged in?).").arg(native(m_folder));
    QList<Entry> entries;
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("paydesk-*.pdbk")}, QDir::Files)) {
        const auto match = namePattern().match(info.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime madeAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        madeAt.setTimeZone(QTimeZone::utc());
        entries.append({info.absoluteFilePath(), madeAt, info.size(), match.capturedLength(2) > 0});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return entries;
}

Result<BackupFolder::Made, QString> BackupFolder::create(const Database& db) const
{
    const QFileInfo folderInfo(m_folder);
    if (!folderInfo.isDir())
        return tr("The backup folder %1 does not exist (is the drive plugged in?).").arg(native(m_folder));
    if (!folderInfo.isWritable())
        return tr("Paydesk may not write to the backup folder %1.").arg(native(m_folder));

    // The plain snapshot stays beside the live database, in the desk's own data folder (the server's private
    // temporary folder for PostgreSQL): never on the backup drive.
    const bool postgres = db.dialect() == Database::Dialect::Postgres;
    const QString dataFolder = postgres ? QDir::tempPath() : QFileInfo(db.url().path).absolutePath();
    QTemporaryDir work(dataFolder + QStringLiteral("/.paydesk-backup-XXXXXX"));
    if (!work.isValid())
        return tr("Cannot make a private folder for the backup in %1: %2").arg(native(dataFolder), work.errorString());
    const QString snapshot = work.filePath(QStringLiteral("snapshot"));
    if (postgres) {
        if (auto dumped = postgres_dump::dump(db.url(), m_databasePassword, snapshot); !dumped)
            return tr("Cannot dump the database: %1").arg(dumped.error());
    } else {
        // A connection of its own: VACUUM refuses to run beside statements in progress on its connection.
        auto own = Database::open(db.url());
        if (!own)
            return tr("Cannot open the database to back it up: %1").arg(own.error().message);
        auto vacuumed = sql::exec(*own, QStringLiteral("VACUUM INTO ?"), {snapshot});
        own->releaseThreadConnection();
        if (!vacuumed)
            return tr("Cannot take a snapshot of the database: %1").arg(vacuumed.error().message);
    }

    const QDateTime madeAt = m_clock->nowUtc();
    QString path = QDir(m_folder).filePath(fileNameFor(madeAt));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_folder).filePath(fileNameFor(madeAt).replace(kSuffix, QStringLiteral("-%1").arg(n) + kSuffix));
    const auto kind = postgres ? backup_cipher::Kind::PostgresDump : backup_cipher::Kind::SqliteDatabase;
    if (auto written = backup_cipher::encryptFile(snapshot, path, kind, m_key); !written)
        return written.error().message;
    QFile::remove(snapshot);

    // Checked as a restore would read it, from the drive.
    QTemporaryDir check(dataFolder + QStringLiteral("/.paydesk-backup-check-XXXXXX"));
    QString plain;
    const auto contents = decryptAndInspect(path, check, m_key, plain);
    if (!contents || !contents->isSound()) {
        const QString why = contents ? contents->problem() : contents.error();
        QString aside = path;
        aside.replace(kSuffix, kFailedSuffix);
        QFile::rename(path, aside);
        qCWarning(lcStorage) << "backup failed its check and was kept aside as" << aside << ":" << why;
        return tr("The backup written to %1 failed its check and was kept aside as %2: %3")
            .arg(native(path), QFileInfo(aside).fileName(), why);
    }

    Made made;
    made.entry = {path, madeAt, QFileInfo(path).size(), false};
    made.contents = *contents;
    if (auto entries = list()) {
        QList<QDateTime> good;
        for (const Entry& entry : std::as_const(*entries)) {
            if (!entry.failedCheck)
                good << entry.madeAt;
        }
        const QSet<QDateTime> keep = m_rotation.keep(good);
        for (const Entry& entry : std::as_const(*entries)) {
            // One made in the same second as this one stands for the same moment: this one replaces it.
            const bool superseded = entry.madeAt.toSecsSinceEpoch() == madeAt.toSecsSinceEpoch();
            if (!entry.failedCheck && entry.path != path && (!keep.contains(entry.madeAt) || superseded) &&
                QFile::remove(entry.path))
                made.rotatedAway << entry.path;
        }
    }
    qCInfo(lcStorage) << "backup written and checked:" << path << made.entry.bytes << "bytes";
    return made;
}

Result<BackupContents, QString> BackupFolder::verify(const QString& file) const
{
    QTemporaryDir dir;
    QString plain;
    auto contents = decryptAndInspect(file, dir, m_key, plain);
    if (!contents)
        return contents.error();
    return *contents;
}

namespace {

const QString kPending = QStringLiteral(".restore-pending");

// Puts the checked plain database at `plain` in place of `databasePath` (keeping what was there aside), migrates
// it and audits the restore in it.
Result<BackupFolder::Restored, QString> putInPlace(const QString& plain,
                                                   const QString& databasePath,
                                                   const BackupContents& contents,
                                                   const QString& backupName,
                                                   const QString& actor,
                                                   const Clock& clock)
{
    const QFileInfo target(databasePath);
    BackupFolder::Restored restored;
    restored.contents = contents;
    if (target.exists()) {
        restored.keptAside = databasePath + QStringLiteral(".before-restore-") +
                             clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(databasePath, restored.keptAside))
            return tr("Not restored: cannot move the current database %1 aside.").arg(native(databasePath));
        // A log left by a crash belongs to the database it was written for: it goes aside with it.
        QFile::rename(databasePath + QStringLiteral("-wal"), restored.keptAside + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
    }
    // The checked copy is closed and on the same disk: a rename.
    QFile::remove(plain + QStringLiteral("-shm"));
    if (QFile::exists(plain + QStringLiteral("-wal")))
        QFile::rename(plain + QStringLiteral("-wal"), databasePath + QStringLiteral("-wal"));
    if (!QFile::rename(plain, databasePath)) {
        if (!restored.keptAside.isEmpty())
            QFile::rename(restored.keptAside, databasePath);
        return tr("Not restored: cannot move the restored database into place; the current one is back.");
    }
    DurableFile::syncFolder(target.absolutePath());

    DatabaseUrl url;
    url.path = databasePath;
    auto migrated = openMigrated(url, {});
    if (!migrated)
        return tr("Restored to %1, but it could not be brought up to date: %2")
            .arg(native(databasePath), migrated.error().message);
    const auto audited = AuditLog(*migrated, clock)
                             .append(actor, QStringLiteral("backup.restored"), backupName,
                                     {{QStringLiteral("schema_version"), contents.schemaVersion},
                                      {QStringLiteral("last_audit_seq"), contents.lastAuditSeq},
                                      {QStringLiteral("kept_aside"), QFileInfo(restored.keptAside).fileName()}});
    migrated->releaseThreadConnection();
    if (!audited)
        return tr("Restored to %1, but the restore could not be audited: %2")
            .arg(native(databasePath), audited.error().message);
    return restored;
}

} // namespace

Result<BackupFolder::Restored, QString>
BackupFolder::restore(const QString& file, const DatabaseUrl& target, const QString& actor) const
{
    if (target.isSqlite())
        return restore(file, target.path, actor);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/.paydesk-restore-XXXXXX"));
    QString plain;
    const auto contents = decryptAndInspect(file, dir, m_key, plain);
    if (!contents)
        return contents.error();
    if (contents->auditVerified)
        return tr("%1 is a backup of a desk's SQLite file: restore it on a desk (or with --database sqlite:PATH).")
            .arg(native(file));
    if (const QString problem = contents->problem(); !problem.isEmpty())
        return tr("Not restored: %1").arg(problem);
    if (auto restored = postgres_dump::restoreInto(plain, target, m_databasePassword); !restored)
        return restored.error();
    Database::Options options;
    options.password = m_databasePassword;
    auto migrated = openMigrated(target, options);
    if (!migrated)
        return tr("Restored, but the database could not be brought up to date: %1").arg(migrated.error().message);
    Restored restored;
    restored.contents = *contents;
    auto chain = AuditLog(*migrated).verify();
    restored.contents.auditVerified = true;
    restored.contents.audit = chain ? *chain : AuditLog::Verification{false, 0, 0, chain.error().message};
    AuditLog(*migrated, *m_clock)
        .append(actor, QStringLiteral("backup.restored"), QFileInfo(file).fileName(),
                {{QStringLiteral("schema_version"), contents->schemaVersion}})
        .ok();
    migrated->releaseThreadConnection();
    if (!restored.contents.audit.intact)
        return tr("Restored into %1, but its audit log is broken at row %2: %3")
            .arg(target.redacted())
            .arg(restored.contents.audit.firstBrokenSeq)
            .arg(restored.contents.audit.reason);
    return restored;
}

Result<BackupFolder::Restored, QString>
BackupFolder::restore(const QString& file, const QString& databasePath, const QString& actor) const
{
    QTemporaryDir dir(QFileInfo(databasePath).absolutePath() + QStringLiteral("/.paydesk-restore-XXXXXX"));
    QString plain;
    const auto contents = checkedForRestore(file, dir, m_key, plain);
    if (!contents)
        return contents.error();
    return putInPlace(plain, databasePath, *contents, QFileInfo(file).fileName(), actor, *m_clock);
}

Result<BackupContents, QString>
BackupFolder::stage(const QString& file, const QString& databasePath, const QString& actor) const
{
    QTemporaryDir dir(QFileInfo(databasePath).absolutePath() + QStringLiteral("/.paydesk-restore-XXXXXX"));
    QString plain;
    const auto contents = checkedForRestore(file, dir, m_key, plain);
    if (!contents)
        return contents.error();
    const QString pending = databasePath + kPending;
    QFile::remove(pending);
    QFile::remove(plain + QStringLiteral("-shm"));
    QFile note(pending + QStringLiteral(".json"));
    const QJsonObject facts{{QStringLiteral("backup"), QFileInfo(file).fileName()},
                            {QStringLiteral("actor"), actor},
                            {QStringLiteral("schema_version"), contents->schemaVersion},
                            {QStringLiteral("last_audit_seq"), contents->lastAuditSeq}};
    const bool noted = note.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                       note.write(QJsonDocument(facts).toJson()) > 0 && note.flush();
    note.close();
    if (!noted || !QFile::rename(plain, pending))
        return tr("Cannot prepare the restore beside the database %1.").arg(native(databasePath));
    if (QFile::exists(plain + QStringLiteral("-wal")))
        QFile::rename(plain + QStringLiteral("-wal"), pending + QStringLiteral("-wal"));
    DurableFile::syncFolder(QFileInfo(databasePath).absolutePath());
    return *contents;
}

Result<std::optional<BackupFolder::Restored>, QString> BackupFolder::restoreStaged(const QString& databasePath,
                                                                                   const Clock& clock)
{
    const QString pending = databasePath + kPending;
    if (!QFile::exists(pending))
        return std::optional<Restored>();
    QFile note(pending + QStringLiteral(".json"));
    const QJsonObject facts =
        note.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(note.readAll()).object() : QJsonObject();
    note.close();
    // Checked again: the staged file waited on disk for the restart.
    const auto contents = inspectSqliteFile(pending);
    if (!contents || !contents->problem().isEmpty()) {
        QFile::rename(pending, pending + QStringLiteral(".refused"));
        return tr("The staged restore was not used: %1").arg(contents ? contents->problem() : contents.error());
    }
    auto restored = putInPlace(pending, databasePath, *contents, facts.value(QStringLiteral("backup")).toString(),
                               facts.value(QStringLiteral("actor")).toString(), clock);
    if (!restored)
        return restored.error();
    QFile::remove(note.fileName());
    return std::optional<Restored>(*restored);
}

} // namespace paydesk
