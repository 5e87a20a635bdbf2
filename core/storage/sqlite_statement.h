#pragma once

#include "storage/database.h"
#include "storage/db_error.h"
#include "util/result.h"

#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace paydesk {

// The SQLite connection under a Qt connection (the driver handle Qt documents), or null when it is not an open
// SQLite one.
sqlite3* sqliteHandle(const QSqlDatabase& connection);

// A statement prepared with SQLite's own API on the calling thread's Qt connection (through the driver handle Qt
// documents for this): what sql::Prepared runs on SQLite. Its statements run once per row of a batch (the webhook
// intake, the inbox processor, the USSD sessions' write-behind) while the batch holds the database's only write
// lock, and Qt's driver formats a placeholder name for every value it binds, which cost more than the insert
// itself. Values are bound as Qt's driver binds them, so a statement gives the same rows either way.
class SqliteStatement
{
  public:
    SqliteStatement(const Database& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Binds the values in order, runs the statement to its end and leaves it ready for the next ones. The rows it
    // changed, the rowid of the row it inserted, and the first row's first column as a number when it returns rows.
    struct Outcome
    {
        int changed = 0;
        std::optional<qint64> insertedId; // an INSERT that inserted one row
        std::optional<qint64> firstNumber;
    };
    Result<Outcome, DbError> run(const QVariantList& values);
    // Binds the values, runs the statement and gives every row it returns: integers as qint64, reals as double,
    // text as QString, blobs as QByteArray, NULL as a null QVariant, as Qt's driver reads them.
    Result<QList<QVariantList>, DbError> rows(const QVariantList& values);

  private:
    template <typename OnRow> Result<Outcome, DbError> execute(const QVariantList& values, OnRow onRow);
    int bind(int position, const QVariant& value);
    DbError failure(int code) const;

    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql;
    std::optional<DbError> m_error; // from prepare
};

} // namespace paydesk
