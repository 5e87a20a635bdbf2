#pragma once

#include "storage/database.h"
#include "storage/write_gate.h"

#include <QString>

#include <optional>

namespace paydesk {

// A unit of work on the calling thread's connection: rolled back when it goes out of scope unless commit()
// succeeded. Nested transactions on the same connection become savepoints, so a repository can open one without
// knowing whether its caller already did. SQLite transactions start IMMEDIATE: a writer takes the lock up front
// instead of failing half-way on an upgrade, and threads of this process queue for it at the file's WriteGate.
class Transaction
{
  public:
    enum class Kind {
        Normal,
        // Background bookkeeping that can be worked out again from rows already durable (the inbox processor's
        // claims and outcomes: a lost one means the delivery is applied again, which is idempotent). It lets other
        // writers go first, and its commit does not wait for the disk (SQLite synchronous=NORMAL, PostgreSQL
        // synchronous_commit=off): the database stays consistent after a power cut, and the next normal commit
        // makes it durable anyway. Under a flood of webhooks this halves the fsyncs made while holding SQLite's
        // only write lock.
        Bookkeeping,
    };

    explicit Transaction(const Database& db, Kind kind = Kind::Normal);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    // Why begin() failed, when !isActive() before commit.
    const DbError& error() const { return m_error; }
    Status<DbError> commit();
    void rollback();

  private:
    bool run(const QString& statement);
    Status<DbError> execute(const QString& statement) const;
    // After the outermost COMMIT or ROLLBACK: the connection back to normal commits, the write lock released.
    void ended();

    Database m_db;
    QString m_connection;
    int m_depth = 0; // 0: the outer transaction; n: savepoint sp_n
    bool m_active = false;
    bool m_relaxedSqlite = false; // PRAGMA synchronous to be set back to FULL when this transaction ends
    DbError m_error;
    WriteGateHold m_writeGate;
};

// The end of a repository write: commit, then read the row back as callers will see it (defaults, triggers,
// generated numbers). `find` returns Result<std::optional<Row>, DbError>; `unreadable` is said when it finds
// nothing or fails.
template <typename Find, typename Row = std::decay_t<decltype(*std::declval<Find>()().value())>>
Result<Row, QString> commitAndReadBack(Transaction& tx, Find find, const QString& unreadable)
{
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    auto found = find();
    if (!found || !found->has_value())
        return unreadable;
    return **found;
}

} // namespace paydesk
