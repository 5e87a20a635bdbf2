#include "security/audit_browser.h"

#include "security/user_repository.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace paydesk {

Result<AuditView, QString> browseAudit(const Database& db, const QString& viewer, const AuditFilter& filter, int limit)
{
    if (auto allowed = UserRepository(db).requireRole(
            viewer, Role::Supervisor,
            QCoreApplication::translate("Audit", "The audit log is for supervisors and admins."));
        !allowed)
        return allowed.error();
    const AuditLog log(db);
    auto entries = log.search(filter, limit + 1);
    if (!entries)
        return entries.error().message;
    AuditView view;
    view.entries = *entries;
    view.more = view.entries.size() > limit;
    if (view.more)
        view.entries.removeLast();
    auto actions = sql::all(db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"), {},
                            [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!actions)
        return actions.error().message;
    view.actions = *actions;
    auto verified = log.verify();
    if (!verified)
        return verified.error().message;
    view.verification = *verified;
    return view;
}

} // namespace paydesk
