#pragma once

#include "security/audit_log.h"

namespace paydesk {

struct AuditView
{
    QList<AuditEntry> entries; // newest first
    bool more = false;         // more entries matched than the limit
    QStringList actions;       // every action the log holds, for choosing one
    AuditLog::Verification verification;
};

// The audit log for supervisors and admins: the entries that match, newest first, and the whole chain's
// verification. The viewer is read from the users table: cashiers and disabled accounts are refused here, in core.
Result<AuditView, QString>
browseAudit(const Database& db, const QString& viewer, const AuditFilter& filter, int limit = 2000);

} // namespace paydesk
