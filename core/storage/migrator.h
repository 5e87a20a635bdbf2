#pragma once

#include "storage/database.h"

#include <QList>

namespace paydesk {

// A numbered schema change shipped as a resource (:/paydesk/migrations/<dialect>/NNNN_name.sql). Both dialects
// carry the same numbers; a test holds them in step.
struct Migration
{
    int version = 0;
    QString name;
    QString script;
    QString checksum; // SHA-256 of the script, recorded when applied
};

// Brings a database to the schema this build knows, one migration per transaction, and refuses to touch a
// database that a newer Paydesk has migrated.
class Migrator
{
  public:
    explicit Migrator(Database db) : m_db(std::move(db)) {}

    static QList<Migration> available(Database::Dialect dialect);
    static int latestVersion();

    // 0 for a database that has never been migrated.
    Result<int, DbError> currentVersion() const;
    // Applies what is pending (up to `upTo`, for tests of an upgrade; 0: all); returns the versions applied now.
    Result<QList<int>, DbError> migrate(int upTo = 0) const;

  private:
    Status<DbError> ensureSchemaTable() const;
    Status<DbError> apply(const Migration& migration) const;

    Database m_db;
};

// Opens the database and brings its schema up to date: what every program does at start.
Result<Database, DbError> openMigrated(const DatabaseUrl& url, const Database::Options& options);

} // namespace paydesk
