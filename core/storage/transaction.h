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
        // Background work that can wait (the inbox processor's claims and outcomes): on SQLite it lets every other
        // writer of this process go first (WriteGate). Its commit is as durable as any other: a commit that does
        // not wait for the disk bought nothing measurable on SQLite (docs/performance.md), and a connection left
        // relaxed by it could have carried a payment's commit.
        Background,
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
    // After the outermost COMMIT or ROLLBACK: the write lock released.
    void ended() { m_writeGate.release(); }

    Database m_db;
    QString m_connection;
    int m_depth = 0; // 0: the outer transaction; n: savepoint sp_n
    bool m_active = false;
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
