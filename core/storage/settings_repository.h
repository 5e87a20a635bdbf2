#pragma once

#include "security/audit_log.h"
#include "storage/database.h"

#include <optional>

namespace paydesk {

// Settings shared by every desk on this database (lockout policy, hospital e-mail domain, ...). Desk-local
// settings (which database, which port) live in the config file instead: see AppConfig.
class SettingsRepository
{
  public:
    explicit SettingsRepository(Database db) : m_db(std::move(db)) {}

    Result<std::optional<QString>, DbError> value(const QString& key) const;
    QString valueOr(const QString& key, const QString& fallback) const;
    int intOr(const QString& key, int fallback) const;
    // Writes and audits the change in one transaction.
    Status<DbError> setValue(const QString& key, const QString& value, const QString& actor) const;

  private:
    Database m_db;
};

} // namespace paydesk
