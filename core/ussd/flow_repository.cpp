#include "ussd/flow_repository.h"

#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "ussd/flow_linter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace paydesk::ussd {

namespace {

const QString kColumns = QStringLiteral("code, name, document, sha256, revision, updated_at, updated_by");

StoredFlow readFlow(const QSqlQuery& q)
{
    StoredFlow flow;
    flow.code = q.value(0).toString();
    flow.name = q.value(1).toString();
    flow.document = q.value(2).toString().toUtf8();
    flow.sha256 = q.value(3).toString();
    flow.revision = q.value(4).toInt();
    flow.updatedAt = sql::readTime(q.value(5));
    flow.updatedBy = q.value(6).toString();
    return flow;
}

} // namespace

Status<QString> FlowRepository::requireAdmin(const QString& username) const
{
    return UserRepository(m_db).requireRole(
        username, Role::Admin,
        QCoreApplication::translate("FlowRepository", "Only an administrator may change the USSD services."));
}

Result<StoredFlow, FlowRepository::SaveError> FlowRepository::save(const QByteArray& document,
                                                                   const QString& username) const
{
    if (auto allowed = requireAdmin(username); !allowed)
        return SaveError{allowed.error(), {}};
    return store(document, username);
}

Result<StoredFlow, FlowRepository::SaveError> FlowRepository::saveAsOperator(const QByteArray& document,
                                                                             const QString& label) const
{
    return store(document, label);
}

Result<StoredFlow, FlowRepository::SaveError> FlowRepository::store(const QByteArray& document,
                                                                    const QString& actor) const
{
    auto flow = parseFlow(document);
    if (!flow)
        return SaveError{QCoreApplication::translate("FlowRepository", "The flow cannot be read."), flow.error()};
    FlowProblems problems = lintFlow(*flow);
    if (hasErrors(problems))
        return SaveError{QCoreApplication::translate("FlowRepository", "The flow has errors; nothing was saved."),
                         problems};

    Transaction tx(m_db);
    if (!tx.isActive())
        return SaveError{tx.error().message, {}};
    auto current = find(flow->code);
    if (!current)
        return SaveError{current.error().message, {}};
    StoredFlow stored;
    stored.code = flow->code;
    stored.name = flow->name;
    stored.document = document;
    stored.sha256 = QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    stored.revision = current->has_value() ? (*current)->revision + 1 : 1;
    stored.updatedAt = m_clock->nowUtc();
    stored.updatedBy = actor;
    auto written = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO ussd_flows (%1) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                       "name = excluded.name, document = excluded.document, sha256 = excluded.sha256, "
                       "revision = excluded.revision, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by")
            .arg(kColumns),
        {stored.code, stored.name, QString::fromUtf8(document), stored.sha256, stored.revision,
         sql::isoUtc(stored.updatedAt), actor});
    if (!written)
        return SaveError{written.error().message, {}};
    auto audited =
        AuditLog(m_db).append(actor, QStringLiteral("ussd.flow.saved"), QStringLiteral("ussd_flow:") + stored.code,
                              {{QStringLiteral("revision"), stored.revision},
                               {QStringLiteral("screens"), int(flow->screens.size())},
                               {QStringLiteral("sha256"), stored.sha256}});
    if (!audited)
        return SaveError{audited.error().message, {}};
    if (auto committed = tx.commit(); !committed)
        return SaveError{committed.error().message, {}};
    return stored;
}

Result<std::optional<StoredFlow>, DbError> FlowRepository::find(const QString& code) const
{
    return sql::one(m_db, QStringLiteral("SELECT %1 FROM ussd_flows WHERE code = ?").arg(kColumns), {code}, readFlow);
}

Result<QList<StoredFlow>, DbError> FlowRepository::list() const
{
    return sql::all(m_db, QStringLiteral("SELECT %1 FROM ussd_flows ORDER BY code").arg(kColumns), {}, readFlow);
}

Status<QString> FlowRepository::remove(const QString& code, const QString& username) const
{
    if (auto allowed = requireAdmin(username); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM ussd_flows WHERE code = ?"), {code});
    if (!removed)
        return removed.error().message;
    if (removed->numRowsAffected() == 0)
        return QCoreApplication::translate("FlowRepository", "No USSD service has the code %1.").arg(code);
    if (auto audited =
            AuditLog(m_db).append(username, QStringLiteral("ussd.flow.removed"), QStringLiteral("ussd_flow:") + code);
        !audited)
        return audited.error().message;
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return {};
}

} // namespace paydesk::ussd
