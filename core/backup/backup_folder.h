#pragma once

#include "backup/backup_contents.h"
#include "backup/backup_rotation.h"
#include "security/secret.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk {

// A desk's backups in one folder (a second disk, a USB drive, a share): made online from the live SQLite database,
// encrypted (backup_cipher), each checked right after it is written, rotated. Blocking file and database work: run
// it on a worker thread, never on the GUI thread.
class BackupFolder
{
  public:
    BackupFolder(QString folder, Secret key, const Clock& clock = Clock::system(), BackupRotation rotation = {})
        : m_folder(std::move(folder)), m_key(std::move(key)), m_clock(&clock), m_rotation(rotation)
    {}

    struct Entry
    {
        QString path;
        QDateTime madeAt; // from the name (UTC)
        qint64 bytes = 0;
        bool failedCheck = false; // kept aside as NAME.failed.pdbk
    };
    struct Made
    {
        Entry entry;
        BackupContents contents;
        QStringList rotatedAway; // older backups deleted by the rotation
    };

    // A consistent snapshot of `db` (SQLite's VACUUM INTO: a read transaction, writers carry on), encrypted into the
    // folder, decrypted again and checked (integrity, schema version, the audit chain to its last row). A backup that
    // fails its check is renamed NAME.failed.pdbk and reported; only good ones count for the rotation.
    Result<Made, QString> create(const Database& db) const;
    // The backups in the folder, newest first.
    Result<QList<Entry>, QString> list() const;
    // Decrypts and checks one backup without restoring it.
    Result<BackupContents, QString> verify(const QString& file) const;

    struct Restored
    {
        BackupContents contents;
        QString keptAside; // where the database that was there went; empty when there was none
    };
    // Puts a backup in place of the SQLite file at `databasePath`, which nobody may have open. Refuses a backup that
    // does not check out or comes from a newer Paydesk; keeps the current database aside (NAME.before-restore-TIME)
    // instead of overwriting it; migrates an older backup; audits the restore in the restored database.
    Result<Restored, QString> restore(const QString& file, const QString& databasePath, const QString& actor) const;
    // The same for any database: an SQLite file as above; a PostgreSQL dump into `target`, which must be an empty
    // database (the one in use is never overwritten), then migrated and its audit chain verified.
    Result<Restored, QString> restore(const QString& file, const DatabaseUrl& target, const QString& actor) const;
    // PostgreSQL's password when the URL carries none (from the environment or the keychain).
    void setDatabasePassword(const QString& password) { m_databasePassword = password; }

    // The same in two steps, for a desk that has its database open: stage() decrypts and checks the backup into
    // NAME.restore-pending beside the database (with what it holds in NAME.restore-pending.json); the desk then
    // restarts, and restoreStaged() puts it in place before the database is opened. Without a staged restore,
    // restoreStaged() does nothing and returns an empty Restored.
    Result<BackupContents, QString> stage(const QString& file, const QString& databasePath, const QString& actor) const;
    static Result<std::optional<Restored>, QString> restoreStaged(const QString& databasePath,
                                                                  const Clock& clock = Clock::system());

    static QString fileNameFor(const QDateTime& madeAt);

  private:
    QString m_folder;
    Secret m_key;
    const Clock* m_clock;
    BackupRotation m_rotation;
    QString m_databasePassword;
};

} // namespace paydesk
