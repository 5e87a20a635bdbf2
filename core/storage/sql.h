#pragma once

#include "storage/database.h"
#include "storage/sqlite_statement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace paydesk::sql {

// Prepares, binds (positional '?') and runs one statement on the calling thread's connection. Values only ever
// travel as bound parameters. ForwardOnly rows are read once, in order, and not cached by the driver: for reading
// more rows than fit in memory (exports).
enum class Rows { Cached, ForwardOnly };
Result<QSqlQuery, DbError>
exec(const Database& db, const QString& statement, const QVariantList& params = {}, Rows rows = Rows::Cached);

// One statement prepared once and run for each row of a batch (inside the caller's transaction): the database
// parses it once however many rows there are. On SQLite it runs through SQLite's own API (SqliteStatement says
// why); on PostgreSQL through Qt's driver.
class Prepared
{
  public:
    Prepared(const Database& db, const QString& statement);
    ~Prepared();
    // Binds the row's values, runs the statement; the number of rows it changed.
    Result<int, DbError> run(const QVariantList& params);
    // Binds and runs a query; its first row's first column as a number, or none when it found no row.
    Result<std::optional<qint64>, DbError> firstNumber(const QVariantList& params);
    // Runs an INSERT of one row that may insert nothing (ON CONFLICT DO NOTHING): the new row's id, or none. On
    // PostgreSQL the statement must end in RETURNING id; on SQLite it must not (RETURNING costs SQLite a temporary
    // table per row, more than the insert itself): appendReturningId() gives the statement for the dialect.
    Result<std::optional<qint64>, DbError> insertedId(const QVariantList& params);
    static QString appendReturningId(const Database& db, const QString& insert);
    // Binds and runs a query (or a write with RETURNING): every row it gives, each as its columns' values.
    Result<QList<QVariantList>, DbError> rows(const QVariantList& params);
    // Lets go of the last result (Qt's driver keeps it until the next run).
    void finish();

  private:
    const Database& m_db;
    std::unique_ptr<SqliteStatement> m_sqlite;
    QSqlQuery m_query;
    std::optional<DbError> m_error; // from prepare
};

// The placeholders and values of an IN list, for a statement kept prepared (sql::Prepared): padded to a power of two
// by repeating the last value, which changes nothing in an IN list, so that a handful of statement texts serve
// every count. `values` must not be empty.
struct InList
{
    QString placeholders; // "?, ?, ?, ?"
    QVariantList values;
};
InList inList(const QVariantList& values);

// The first row of a query read by `read`, or none.
template <typename Read>
auto one(const Database& db, const QString& statement, const QVariantList& params, Read read)
    -> Result<std::optional<decltype(read(std::declval<const QSqlQuery&>()))>, DbError>
{
    using T = decltype(read(std::declval<const QSqlQuery&>()));
    auto query = exec(db, statement, params);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<T>();
    return std::optional<T>(read(*query));
}

// Every row of a query read by `read`.
template <typename Read>
auto all(const Database& db, const QString& statement, const QVariantList& params, Read read)
    -> Result<QList<decltype(read(std::declval<const QSqlQuery&>()))>, DbError>
{
    auto query = exec(db, statement, params);
    if (!query)
        return query.error();
    QList<decltype(read(std::declval<const QSqlQuery&>()))> rows;
    while (query->next())
        rows << read(*query);
    return rows;
}

// NULL for an empty text or a zero id, for optional columns.
QVariant nullableText(const QString& value);
QVariant nullableId(qint64 id);

// Timestamps are bound as UTC ISO-8601 text with milliseconds: sortable as text in SQLite, cast by PostgreSQL
// into timestamptz.
QVariant timeValue(const QDateTime& time);
// Reads either representation back as UTC.
QDateTime readTime(const QVariant& value);
QString isoUtc(const QDateTime& time);
// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so an empty field must become ''.
QVariant text(const QString& value);

} // namespace paydesk::sql
