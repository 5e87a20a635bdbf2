#include "storage/settings_repository.h"

#include "storage/sql.h"
#include "storage/transaction.h"

namespace paydesk {

Result<std::optional<QString>, DbError> SettingsRepository::value(const QString& key) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

QString SettingsRepository::valueOr(const QString& key, const QString& fallback) const
{
    const auto found = value(key);
    return found && found.value() ? *found.value() : fallback;
}

int SettingsRepository::intOr(const QString& key, int fallback) const
{
    bool ok = false;
    const int number = valueOr(key, QString()).toInt(&ok);
    return ok ? number : fallback;
}

Status<DbError> SettingsRepository::setValue(const QString& key, const QString& value, const QString& actor) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QString now = sql::isoUtc(QDateTime::currentDateTimeUtc());
    auto written =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                  {key, value, now, actor});
    if (!written)
        return written.error();
    auto audited =
        AuditLog(m_db).append(actor, QStringLiteral("setting.changed"), key, {{QStringLiteral("value"), value}});
    if (!audited)
        return audited.error();
    return transaction.commit();
}

} // namespace paydesk
