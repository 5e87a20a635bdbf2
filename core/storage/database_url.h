#pragma once

#include "storage/db_error.h"
#include "util/result.h"

#include <QString>

namespace paydesk {

// Where the data lives: "sqlite:/path/file.sqlite3", a bare file path, or
// "postgresql://user[:password]@host[:port]/dbname[?sslmode=require&connect_timeout=5]".
struct DatabaseUrl
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // only when written in the URL; never shown, see redacted()
    QString database;
    QString sslMode;
    int connectTimeoutSeconds = 5;

    static Result<DatabaseUrl, DbError> parse(const QString& text);
    // The per-user default: AppDataLocation/paydesk.sqlite3.
    static DatabaseUrl defaultSqlite();

    bool isSqlite() const { return backend == Backend::Sqlite; }
    // The URL without its password: safe for logs, the status bar and settings files.
    QString redacted() const;
};

} // namespace paydesk
