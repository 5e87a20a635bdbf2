#include "cli/backup_command.h"

#include "backup/backup_folder.h"
#include "backup/recovery_code.h"
#include "cli/exit_codes.h"
#include "security/environment_secret_store.h"
#include "security/secret_store.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace paydesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paydesk-server", text);
}

int failed(QTextStream& err, const QString& message, int code)
{
    err << "paydesk-server: " << message << Qt::endl;
    return code;
}

void printContents(QTextStream& out, const BackupContents& contents)
{
    out << contents.summary() << Qt::endl;
}

} // namespace

int backupCommand(const QStringList& args, const BackupCommandOptions& options, QTextStream& out, QTextStream& err)
{
    const QString verb = args.value(1);
    if (verb == u"new-key" && args.size() == 2) {
        out << recovery_code::format(recovery_code::newKey()) << Qt::endl;
        err << tr("Write this recovery code down and keep it away from the backups; put it in the service's "
                  "credential file backup-key (or PAYDESK_BACKUP_KEY). Without it no backup can be read.")
            << Qt::endl;
        return ExitOk;
    }
    const bool withFile = verb == u"verify" || verb == u"restore";
    const bool known = (withFile && args.size() == 3) || ((verb == u"create" || verb == u"list") && args.size() == 2);
    if (!known)
        return failed(err, tr("usage: backup new-key | create | list | verify FILE | restore FILE"), ExitUsage);

    const QString folder = options.folder;
    if ((verb == u"create" || verb == u"list") && folder.isEmpty())
        return failed(err, tr("no backup folder: give --folder DIR or set [backup] folder= in the config"), ExitUsage);
    QString keyText;
    Secret key;
    if (verb != u"list") {
        auto code = EnvironmentSecretStore().readNow(SecretKey::BackupKey);
        if (!code)
            return failed(err,
                          tr("no backup key: put the recovery code in PAYDESK_BACKUP_KEY, PAYDESK_BACKUP_KEY_FILE or "
                             "the credential backup-key (paydesk-server backup new-key makes one)"),
                          ExitSecretMissing);
        auto parsed = recovery_code::parse(QString::fromUtf8(code->reveal()));
        if (!parsed)
            return failed(err, tr("the backup key is not a recovery code: %1").arg(parsed.error()), ExitSecretMissing);
        key = *parsed;
    }
    BackupFolder backups(folder, key);
    if (!options.database.isSqlite() && options.database.password.isEmpty()) {
        if (auto password = EnvironmentSecretStore().readNow(SecretKey::DatabasePassword))
            backups.setDatabasePassword(QString::fromUtf8(password->reveal()));
    }

    if (verb == u"list") {
        auto entries = backups.list();
        if (!entries)
            return failed(err, entries.error(), ExitBackup);
        const QLocale locale;
        for (const BackupFolder::Entry& entry : std::as_const(*entries)) {
            out << entry.madeAt.toString(Qt::ISODate) << '\t' << locale.formattedDataSize(entry.bytes) << '\t'
                << (entry.failedCheck ? tr("FAILED its check") : tr("checked")) << '\t'
                << QDir::toNativeSeparators(entry.path) << Qt::endl;
        }
        return ExitOk;
    }
    if (verb == u"create") {
        Database::Options open;
        if (auto password = EnvironmentSecretStore().readNow(SecretKey::DatabasePassword))
            open.password = QString::fromUtf8(password->reveal());
        auto db = Database::open(options.database, open);
        if (!db)
            return failed(err, db.error().message, ExitDatabase);
        auto made = backups.create(*db);
        if (!made)
            return failed(err, made.error(), ExitBackup);
        out << tr("backup written and checked: %1 (%2)")
                   .arg(QDir::toNativeSeparators(made->entry.path), QLocale().formattedDataSize(made->entry.bytes))
            << Qt::endl;
        printContents(out, made->contents);
        for (const QString& gone : std::as_const(made->rotatedAway))
            out << tr("rotated away: %1").arg(QDir::toNativeSeparators(gone)) << Qt::endl;
        return ExitOk;
    }
    if (verb == u"verify") {
        auto contents = backups.verify(args.at(2));
        if (!contents)
            return failed(err, contents.error(), ExitBackup);
        printContents(out, *contents);
        if (const QString problem = contents->problem(); !problem.isEmpty())
            return failed(err, problem, ExitBackup);
        out << tr("backup checked: it can be restored") << Qt::endl;
        return ExitOk;
    }
    auto restored = backups.restore(args.at(2), options.database, options.actor);
    if (!restored)
        return failed(err, restored.error(), ExitBackup);
    printContents(out, restored->contents);
    if (!restored->keptAside.isEmpty())
        out << tr("the database that was there is kept as %1").arg(QDir::toNativeSeparators(restored->keptAside))
            << Qt::endl;
    out << tr("restored to %1 (schema version %2)")
               .arg(options.database.isSqlite() ? QDir::toNativeSeparators(options.database.path)
                                                : options.database.redacted())
               .arg(Migrator::latestVersion())
        << Qt::endl;
    return ExitOk;
}

} // namespace paydesk
