#include "storage/sqlite_statement_cache.h"

#include <QHash>
#include <QMutex>

#include <sqlite3.h>

namespace paydesk::sqlite_cache {

namespace {

// Statements made from generated text (IN lists of every length, say) must not pile up: past this many on one
// connection, a handed-back statement is finalized.
constexpr qsizetype kMaxIdlePerConnection = 128;

struct Connection
{
    QString name;
    QHash<QByteArray, sqlite3_stmt*> idle;
};

// Worker threads each have their own connections, so the lock is all but never contended; it is there because a
// Database's last copy may close connections of other threads.
struct Cache
{
    QMutex mutex;
    QHash<sqlite3*, Connection> connections;
};

Cache& cache()
{
    static Cache instance;
    return instance;
}

} // namespace

sqlite3_stmt* take(sqlite3* connection, const QString& connectionName, const QByteArray& sql, int& code)
{
    code = SQLITE_OK;
    {
        Cache& all = cache();
        QMutexLocker lock(&all.mutex);
        Connection& known = all.connections[connection];
        if (known.name.isEmpty())
            known.name = connectionName;
        if (sqlite3_stmt* kept = known.idle.take(sql))
            return kept;
    }
    sqlite3_stmt* statement = nullptr;
    // PERSISTENT: SQLite allocates it for a long life, outside its short-lived lookaside memory.
    code = sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                              nullptr);
    return code == SQLITE_OK ? statement : nullptr;
}

void give(sqlite3* connection, const QByteArray& sql, sqlite3_stmt* statement)
{
    if (!statement)
        return;
    {
        Cache& all = cache();
        QMutexLocker lock(&all.mutex);
        const auto known = all.connections.find(connection);
        if (known != all.connections.end() && known->idle.size() < kMaxIdlePerConnection &&
            !known->idle.contains(sql)) {
            known->idle.insert(sql, statement);
            return;
        }
    }
    sqlite3_finalize(statement);
}

void forget(const QString& connectionName)
{
    Cache& all = cache();
    QMutexLocker lock(&all.mutex);
    for (auto connection = all.connections.begin(); connection != all.connections.end();) {
        if (connection->name != connectionName) {
            ++connection;
            continue;
        }
        for (sqlite3_stmt* statement : std::as_const(connection->idle))
            sqlite3_finalize(statement);
        connection = all.connections.erase(connection);
    }
}

int idleCount()
{
    Cache& all = cache();
    QMutexLocker lock(&all.mutex);
    int count = 0;
    for (const Connection& connection : std::as_const(all.connections))
        count += int(connection.idle.size());
    return count;
}

} // namespace paydesk::sqlite_cache
