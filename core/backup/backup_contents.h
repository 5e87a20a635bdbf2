#pragma once

#include "security/audit_log.h"
#include "storage/database.h"

#include <QString>

namespace paydesk {

// What a backup holds, read from its decrypted database: what a restore shows before anyone commits to it, and
// what every new backup is checked against.
struct BackupContents
{
    QString integrity; // PRAGMA integrity_check: "ok", or its first complaint
    int schemaVersion = 0;
    AuditLog::Verification audit;
    bool auditVerified = true; // false for a PostgreSQL dump: its chain is verified once restored
    qint64 patients = -1;
    qint64 invoices = -1;
    qint64 payments = -1;
    QString lastInvoiceNumber;
    qint64 lastAuditSeq = 0;
    QString lastAuditAt;

    // Sound: SQLite finds nothing wrong and the audit chain verifies to its last row.
    bool isSound() const { return integrity == u"ok" && (audit.intact || !auditVerified); }
    // Why it is not sound, or what it is from a newer Paydesk; empty when it can be restored here.
    QString problem() const;
    // A few lines for a person: date-independent facts about what is inside.
    QString summary() const;
};

// Reads an SQLite file (a decrypted backup) without changing it.
Result<BackupContents, QString> inspectSqliteFile(const QString& path);

} // namespace paydesk
