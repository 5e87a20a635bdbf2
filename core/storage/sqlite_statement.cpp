#include "storage/sqlite_statement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

namespace paydesk {

namespace {

// What Qt's SQL drivers treat as NULL: a null variant, and a null string, byte array, date or time inside one.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate*>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime*>(value.constData())->isNull();
    case QMetaType::QUuid:
        return static_cast<const QUuid*>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int position, const QString& text, void (*lifetime)(void*))
{
    return sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(QChar)), lifetime);
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(const Database& db, const QString& sql) : m_sql(sql.toUtf8())
{
    m_connection = sqliteHandle(db.connection());
    if (!m_connection) {
        m_error = DbError{DbError::Kind::Query, QStringLiteral("the SQLite connection is not open")};
        return;
    }
    const int code = sqlite3_prepare_v2(m_connection, m_sql.constData(), int(m_sql.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = failure(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

// Classified as Qt's driver reports the same failure, so that callers see one kind of error whichever ran it.
DbError SqliteStatement::failure(int code) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return Database::classify(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code)),
                              Database::Dialect::Sqlite);
}

// As Qt's SQLite driver does: blobs and strings by reference (they outlive run()), numbers as numbers, times as ISO
// text, anything else as its string.
int SqliteStatement::bind(int position, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(m_statement, position);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(m_statement, position, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(m_statement, position, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, position, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, position, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(m_statement, position, value.toDateTime().toString(Qt::ISODateWithMs), SQLITE_TRANSIENT);
    case QMetaType::QTime:
        return bindText(m_statement, position, value.toTime().toString(u"hh:mm:ss.zzz"), SQLITE_TRANSIENT);
    case QMetaType::QString:
        return bindText(m_statement, position, *static_cast<const QString*>(value.constData()), SQLITE_STATIC);
    default:
        return bindText(m_statement, position, value.toString(), SQLITE_TRANSIENT);
    }
}

template <typename OnRow>
Result<SqliteStatement::Outcome, DbError> SqliteStatement::execute(const QVariantList& values, OnRow onRow)
{
    if (m_error)
        return *m_error;
    if (values.size() != sqlite3_bind_parameter_count(m_statement))
        return DbError{DbError::Kind::Query, QStringLiteral("%1 values for %2 placeholders")
                                                 .arg(values.size())
                                                 .arg(sqlite3_bind_parameter_count(m_statement))};
    std::optional<DbError> failed;
    for (qsizetype i = 0; i < values.size() && !failed; ++i) {
        if (const int code = bind(int(i + 1), values.at(i)); code != SQLITE_OK)
            failed = failure(code);
    }
    Outcome outcome;
    if (!failed) {
        int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW && sqlite3_column_count(m_statement) > 0)
            outcome.firstNumber = sqlite3_column_int64(m_statement, 0);
        while (code == SQLITE_ROW) {
            onRow();
            code = sqlite3_step(m_statement);
        }
        if (code == SQLITE_DONE) {
            outcome.changed = sqlite3_changes(m_connection);
            if (outcome.changed == 1 && sqlite3_stmt_readonly(m_statement) == 0)
                outcome.insertedId = sqlite3_last_insert_rowid(m_connection);
        } else
            failed = failure(code);
    }
    // Lets go of the values bound by reference, which need not outlive this call, and of the statement's read of
    // the database: a statement kept for later must not hold the WAL back.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failed)
        return *failed;
    return outcome;
}

Result<SqliteStatement::Outcome, DbError> SqliteStatement::run(const QVariantList& values)
{
    return execute(values, [] {});
}

Result<QList<QVariantList>, DbError> SqliteStatement::rows(const QVariantList& values)
{
    QList<QVariantList> read;
    auto ran = execute(values, [&] {
        const int columns = sqlite3_column_count(m_statement);
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(m_statement, column)) {
            case SQLITE_INTEGER:
                row << qint64(sqlite3_column_int64(m_statement, column));
                break;
            case SQLITE_FLOAT:
                row << sqlite3_column_double(m_statement, column);
                break;
            case SQLITE_BLOB: {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
                row << QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
                break;
            }
            case SQLITE_NULL:
                row << QVariant();
                break;
            default: {
                const auto* text = static_cast<const QChar*>(sqlite3_column_text16(m_statement, column));
                row << QString(text, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
                break;
            }
            }
        }
        read << row;
    });
    if (!ran)
        return ran.error();
    return read;
}

} // namespace paydesk
