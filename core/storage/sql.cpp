#include "storage/sql.h"

#include "util/logging.h"
#include "util/utc_text.h"

#include <QSqlError>
#include <QSqlRecord>

namespace paydesk::sql {

Result<QSqlQuery, DbError> exec(const Database& db, const QString& statement, const QVariantList& params, Rows rows)
{
    QSqlDatabase connection = db.connection();
    if (!connection.isOpen())
        return Database::classify(connection.lastError(), db.dialect());
    QSqlQuery query(connection);
    query.setForwardOnly(rows == Rows::ForwardOnly);
    if (params.isEmpty()) {
        // Nothing to bind: run it directly. PostgreSQL cannot PREPARE DDL and utility statements (CREATE, DROP, SET).
        if (!query.exec(statement)) {
            qCDebug(lcStorage) << "statement failed:" << query.lastError().text();
            return Database::classify(query.lastError(), db.dialect());
        }
        return query;
    }
    if (!query.prepare(statement)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text();
        return Database::classify(query.lastError(), db.dialect());
    }
    for (const QVariant& value : params)
        query.addBindValue(value);
    if (!query.exec()) {
        qCDebug(lcStorage) << "statement failed:" << query.lastError().text();
        return Database::classify(query.lastError(), db.dialect());
    }
    return query;
}

namespace {

// Runs a statement on SQLite's own API and keeps the one part of its outcome the caller asked for.
template <typename Part>
Result<Part, DbError>
outcomePart(SqliteStatement& statement, const QVariantList& params, Part SqliteStatement::Outcome::*part)
{
    auto ran = statement.run(params);
    if (!ran)
        return ran.error();
    return (*ran).*part;
}

} // namespace

Prepared::Prepared(const Database& db, const QString& statement) : m_db(db)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        m_sqlite = std::make_unique<SqliteStatement>(db, statement);
        return;
    }
    m_query = QSqlQuery(db.connection());
    if (!m_query.prepare(statement))
        m_error = Database::classify(m_query.lastError(), db.dialect());
}

Prepared::~Prepared() = default;

Result<int, DbError> Prepared::run(const QVariantList& params)
{
    if (m_sqlite)
        return outcomePart(*m_sqlite, params, &SqliteStatement::Outcome::changed);
    if (m_error)
        return *m_error;
    for (qsizetype i = 0; i < params.size(); ++i)
        m_query.bindValue(int(i), params.at(i));
    if (!m_query.exec())
        return Database::classify(m_query.lastError(), m_db.dialect());
    return m_query.numRowsAffected();
}

Result<std::optional<qint64>, DbError> Prepared::firstNumber(const QVariantList& params)
{
    if (m_sqlite)
        return outcomePart(*m_sqlite, params, &SqliteStatement::Outcome::firstNumber);
    if (auto ran = run(params); !ran)
        return ran.error();
    std::optional<qint64> value;
    if (m_query.next())
        value = m_query.value(0).toLongLong();
    m_query.finish(); // no read left open on the connection between rows
    return value;
}

Result<std::optional<qint64>, DbError> Prepared::insertedId(const QVariantList& params)
{
    if (m_sqlite)
        return outcomePart(*m_sqlite, params, &SqliteStatement::Outcome::insertedId);
    return firstNumber(params);
}

Result<QList<QVariantList>, DbError> Prepared::rows(const QVariantList& params)
{
    if (m_sqlite)
        return m_sqlite->rows(params);
    if (auto ran = run(params); !ran)
        return ran.error();
    QList<QVariantList> read;
    while (m_query.next()) {
        const int columns = m_query.record().count();
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row << m_query.value(column);
        read << row;
    }
    m_query.finish();
    return read;
}

QString Prepared::appendReturningId(const Database& db, const QString& insert)
{
    return db.dialect() == Database::Dialect::Postgres ? insert + QStringLiteral(" RETURNING id") : insert;
}

void Prepared::finish()
{
    if (!m_sqlite)
        m_query.finish();
}

InList inList(const QVariantList& values)
{
    qsizetype padded = 1;
    while (padded < values.size())
        padded *= 2;
    InList list;
    list.values = values;
    while (list.values.size() < padded)
        list.values << values.last();
    list.placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < padded; ++i)
        list.placeholders += QStringLiteral(", ?");
    return list;
}

QString isoUtc(const QDateTime& time)
{
    return utcText(time);
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant timeValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return isoUtc(time);
}

QDateTime readTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

} // namespace paydesk::sql
