#include "airtime/catalog_repository.h"

#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace paydesk::airtime {

namespace {

const QString kAuditSubject = QStringLiteral("airtime_catalog");

} // namespace

Result<std::optional<StoredCatalog>, DbError> CatalogRepository::load() const
{
    return sql::one(m_db,
                    QStringLiteral("SELECT document, as_of, updated_by, updated_at FROM airtime_catalog WHERE id = 1"),
                    {}, [](const QSqlQuery& q) {
                        StoredCatalog stored;
                        stored.document = q.value(0).toString().toUtf8();
                        stored.asOf = q.value(1).toDate();
                        stored.updatedBy = q.value(2).toString();
                        stored.updatedAt = sql::readTime(q.value(3));
                        return stored;
                    });
}

Result<std::shared_ptr<const AirtimeCatalog>, QString> CatalogRepository::effective() const
{
    auto stored = load();
    if (!stored)
        return stored.error().message;
    if (!stored->has_value())
        return std::shared_ptr<const AirtimeCatalog>(); // nothing stored: the built-in one
    auto parsed = AirtimeCatalog::fromJson((*stored)->document);
    if (!parsed)
        return QCoreApplication::translate("CatalogRepository", "The airtime catalog saved by %1 cannot be read (%2).")
            .arg((*stored)->updatedBy, parsed.error());
    return std::make_shared<const AirtimeCatalog>(std::move(*parsed));
}

Status<QString> CatalogRepository::requireAdmin(const QString& actor) const
{
    return UserRepository(m_db).requireRole(
        actor, Role::Admin,
        QCoreApplication::translate("CatalogRepository",
                                    "Only an administrator may change the airtime networks and prefixes."));
}

Result<AirtimeCatalog, QString> CatalogRepository::save(const QByteArray& document, const QString& actor) const
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    auto parsed = AirtimeCatalog::fromJson(document);
    if (!parsed)
        return parsed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    const QString now = sql::isoUtc(m_clock->nowUtc());
    const QString asOf = parsed->asOf().toString(Qt::ISODate);
    // One row (id = 1): replaced in place, the audit log keeps the history.
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM airtime_catalog WHERE id = 1")); !removed)
        return removed.error().message;
    auto inserted = sql::exec(m_db,
                              QStringLiteral("INSERT INTO airtime_catalog (id, as_of, document, updated_by, "
                                             "updated_at) VALUES (1, ?, ?, ?, ?)"),
                              {asOf, QString::fromUtf8(document), actor, now});
    if (!inserted)
        return inserted.error().message;
    auto audited = AuditLog(m_db).append(
        actor, QStringLiteral("airtime.catalog.saved"), kAuditSubject,
        {{QStringLiteral("as_of"), asOf},
         {QStringLiteral("networks"), int(parsed->networks().size())},
         {QStringLiteral("sha256"),
          QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex())}});
    if (!audited)
        return audited.error().message;
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return *parsed;
}

Status<QString> CatalogRepository::reset(const QString& actor) const
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM airtime_catalog WHERE id = 1")); !removed)
        return removed.error().message;
    if (auto audited = AuditLog(m_db).append(actor, QStringLiteral("airtime.catalog.reset"), kAuditSubject); !audited)
        return audited.error().message;
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return {};
}

} // namespace paydesk::airtime
