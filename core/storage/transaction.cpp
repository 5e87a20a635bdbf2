#include "storage/transaction.h"

#include "storage/sqlite_statement.h"
#include "util/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace paydesk {

namespace {

// Open transactions per connection on this thread (connections are per thread, so this needs no lock).
thread_local QHash<QString, int> openDepth;

} // namespace

Transaction::Transaction(const Database& db, Kind kind) : m_db(db), m_connection(db.connectionName())
{
    m_depth = openDepth.value(m_connection, 0);
    QString begin;
    if (m_depth > 0)
        begin = QStringLiteral("SAVEPOINT sp_%1").arg(m_depth);
    else if (m_db.dialect() == Database::Dialect::Sqlite) {
        if (auto gate = WriteGate::forDatabase(m_db)) {
            m_writeGate = WriteGateHold(std::move(gate), kind == Kind::Background ? WriteGate::Priority::Background
                                                                                  : WriteGate::Priority::Normal);
        }
        begin = QStringLiteral("BEGIN IMMEDIATE");
    } else
        begin = QStringLiteral("BEGIN");
    m_active = run(begin);
    if (!m_active) {
        ended();
        return;
    }
    openDepth[m_connection] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::run(const QString& statement)
{
    auto ran = execute(statement);
    if (!ran) {
        m_error = ran.error();
        qCWarning(lcStorage) << statement << "failed:" << m_error.message;
    }
    return bool(ran);
}

// On SQLite through its own API, where the statement stays prepared: a batch's transaction runs four of these.
Status<DbError> Transaction::execute(const QString& statement) const
{
    QSqlDatabase connection = m_db.connection();
    if (!connection.isOpen())
        return Database::classify(connection.lastError(), m_db.dialect());
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        if (auto ran = SqliteStatement(m_db, statement).run({}); !ran)
            return ran.error();
        return {};
    }
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return Database::classify(query.lastError(), m_db.dialect());
    return {};
}

Status<DbError> Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? DbError{DbError::Kind::Query, QStringLiteral("no active transaction")}
                                         : m_error;
    const bool committed =
        run(m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT sp_%1").arg(m_depth) : QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return m_error;
    }
    m_active = false;
    openDepth[m_connection] = m_depth;
    if (m_depth == 0)
        openDepth.remove(m_connection);
    ended();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth > 0) {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT sp_%1").arg(m_depth));
        run(QStringLiteral("RELEASE SAVEPOINT sp_%1").arg(m_depth));
    } else {
        run(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    openDepth[m_connection] = m_depth;
    if (m_depth == 0)
        openDepth.remove(m_connection);
    ended();
}

} // namespace paydesk
