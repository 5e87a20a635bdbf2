#pragma once

#include "storage/database_url.h"
#include "storage/db_error.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <memory>

namespace paydesk {

// A configured database. Each thread that uses it gets its own named QSqlDatabase connection, opened on first use
// with the same settings (Qt forbids sharing a connection between threads). Copies share one configuration; the
// connections are removed when the last copy goes away. Never keep the QSqlDatabase itself: ask connection().
class Database
{
  public:
    enum class Dialect { Sqlite, Postgres };
    enum class CreateMode {
        MustExist,       // a missing SQLite file is an error, so a typo never yields a new empty database
        CreateIfMissing, // first start, or an explicit "create it" from the operator
    };
    struct Options
    {
        CreateMode create = CreateMode::MustExist;
        QString password; // PostgreSQL password from the SecretStore, when the URL carries none
        int busyTimeoutMs = 5000;
    };

    // Opens (and checks) the calling thread's connection, so a bad URL, a missing or corrupt file or a server that
    // is down is reported here and not at the first query.
    static Result<Database, DbError> open(const DatabaseUrl& url, const Options& options);
    static Result<Database, DbError> open(const DatabaseUrl& url) { return open(url, Options()); }

    // The calling thread's connection, opened if needed. Check isOpen() when the thread is not the one that called
    // open(); the SQL helpers do.
    QSqlDatabase connection() const;
    QString connectionName() const;
    Dialect dialect() const;
    const DatabaseUrl& url() const;
    // Closes and removes the calling thread's connection; for worker threads before they finish.
    void releaseThreadConnection() const;

    // The message and kind for a failed connection, or a failed first statement on it.
    static DbError classify(const QSqlError& error, Dialect dialect);

  private:
    struct State;
    explicit Database(std::shared_ptr<State> state) : m_state(std::move(state)) {}
    Result<QSqlDatabase, DbError> openThreadConnection() const;

    std::shared_ptr<State> m_state;
};

} // namespace paydesk
