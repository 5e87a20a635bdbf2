#include "backup/backup_contents.h"

#include "storage/migrator.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace paydesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupContents", text);
}

// One value from a query, or `fallback` when the table is not in this schema version or the query fails.
QVariant scalar(const Database& db, const QString& statement, const QVariant& fallback)
{
    auto query = sql::exec(db, statement);
    return query && query->next() ? query->value(0) : fallback;
}

} // namespace

QString BackupContents::problem() const
{
    if (integrity != u"ok")
        return tr("SQLite finds the backed-up database damaged: %1").arg(integrity);
    if (auditVerified && !audit.intact)
        return tr("The audit log in the backup is broken at row %1: %2").arg(audit.firstBrokenSeq).arg(audit.reason);
    if (schemaVersion > Migrator::latestVersion())
        return tr("The backup was made by a newer Paydesk (schema %1; this one knows up to %2): update Paydesk "
                  "first.")
            .arg(schemaVersion)
            .arg(Migrator::latestVersion());
    return {};
}

QString BackupContents::summary() const
{
    const QString count = patients >= 0 ? tr("%1 patients, ").arg(patients) : QString();
    return tr("Schema version %1; %2%3 invoices (last %4), %5 payments; audit log %6 rows, last at %7, chain "
              "verified: %8.")
        .arg(schemaVersion)
        .arg(count)
        .arg(invoices)
        .arg(lastInvoiceNumber.isEmpty() ? tr("none") : lastInvoiceNumber)
        .arg(payments)
        .arg(lastAuditSeq)
        .arg(lastAuditAt.isEmpty() ? tr("never") : lastAuditAt)
        .arg(!auditVerified ? tr("once restored (paydesk-server audit verify)")
             : audit.intact ? tr("yes")
                            : tr("no"));
}

Result<BackupContents, QString> inspectSqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.path = path;
    auto opened = Database::open(url);
    if (!opened)
        return opened.error().message;
    const Database db = *opened;
    BackupContents contents;
    contents.integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"), tr("unreadable")).toString();
    if (auto version = Migrator(db).currentVersion())
        contents.schemaVersion = *version;
    if (auto audit = AuditLog(db).verify())
        contents.audit = *audit;
    else
        contents.audit = {false, 0, 0, audit.error().message};
    contents.patients = scalar(db, QStringLiteral("SELECT COUNT(*) FROM patients"), -1).toLongLong();
    contents.invoices = scalar(db, QStringLiteral("SELECT COUNT(*) FROM invoices"), -1).toLongLong();
    contents.payments = scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments"), -1).toLongLong();
    contents.lastInvoiceNumber =
        scalar(db, QStringLiteral("SELECT number FROM invoices ORDER BY id DESC LIMIT 1"), {}).toString();
    contents.lastAuditSeq = scalar(db, QStringLiteral("SELECT MAX(seq) FROM audit_log"), 0).toLongLong();
    contents.lastAuditAt = scalar(db, QStringLiteral("SELECT MAX(at) FROM audit_log"), {}).toString();
    return contents;
}

} // namespace paydesk
