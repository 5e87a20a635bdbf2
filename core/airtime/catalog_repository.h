#pragma once

#include "airtime/airtime_catalog.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>

#include <optional>

namespace paydesk::airtime {

// The admin's copy of the airtime catalog (networks, prefixes, products), kept in the database so that a new
// prefix range can be sold the day it appears, without a new Paydesk. No row: the built-in catalog applies.
struct StoredCatalog
{
    QByteArray document; // the JSON as the admin gave it
    QDate asOf;
    QString updatedBy;
    QDateTime updatedAt;
};

class CatalogRepository
{
  public:
    explicit CatalogRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock)
    {}

    Result<std::optional<StoredCatalog>, DbError> load() const;
    // The catalog in use according to the database: the admin's copy, or nullptr for the built-in one (what
    // AirtimeCatalog::setCurrent takes). A stored copy that no longer reads (it cannot happen through save()) is
    // an error, never sold from.
    Result<std::shared_ptr<const AirtimeCatalog>, QString> effective() const;
    // Only an active admin may change it (checked here against the users table, not only by the screen). The
    // document is read first; its errors name the field. Audited with the date and a checksum.
    Result<AirtimeCatalog, QString> save(const QByteArray& document, const QString& actor) const;
    // Back to the built-in catalog; admins only, audited.
    Status<QString> reset(const QString& actor) const;

  private:
    Status<QString> requireAdmin(const QString& actor) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::airtime
