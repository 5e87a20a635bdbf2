#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace paydesk::sqlite_cache {

// SQLite statements kept prepared, per connection, between the transactions that run them. The webhook intake and
// the inbox processor run the same dozen statements in every batch, and compiling them again each time (SQLite's
// parser and planner) cost more CPU than running them. A statement is out of the cache while in use, so two users
// of the same text on one connection each get their own. The cache must let go of a connection's statements before
// the connection closes (SQLite refuses to close a connection with statements left): Database calls forget().

// A prepared statement for `sql` on `connection`: an idle one kept from before, or a new one. Null when SQLite
// could not prepare it, with its result code in `code`. `connectionName` is the Qt connection's, for forget().
sqlite3_stmt* take(sqlite3* connection, const QString& connectionName, const QByteArray& sql, int& code);

// Hands back a statement from take(), reset and without bindings, to be kept for the next take(). It is finalized
// instead when its connection has been forgotten meanwhile, or keeps too many already.
void give(sqlite3* connection, const QByteArray& sql, sqlite3_stmt* statement);

// Finalizes the idle statements of the named connection, before it closes.
void forget(const QString& connectionName);

// The statements kept idle on every connection: for tests.
int idleCount();

} // namespace paydesk::sqlite_cache
