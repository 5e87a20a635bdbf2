#include "storage/transaction.h"

#include "util/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace paydesk {

namespace {

// Open transactions per connection on this thread (connections are per thread, so this needs no lock).
thread_local QHash<QString, int> openDepth;

std::mutex& writeGate(const QString& sqlitePath)
{
    static std::mutex guard;
    static QHash<QString, std::shared_ptr<std::mutex>> gates;
    const std::lock_guard lock(guard);
    auto& gate = gates[sqlitePath];
    if (!gate)
        gate = std::make_shared<std::mutex>();
    return *gate;
}

} // namespace

Transaction::Transaction(const Database& db) : m_db(db), m_connection(db.connectionName())
{
    m_depth = openDepth.value(m_connection, 0);
    QString begin;
    if (m_depth > 0)
        begin = QStringLiteral("SAVEPOINT sp_%1").arg(m_depth);
    else if (m_db.dialect() == Database::Dialect::Sqlite) {
        // A memory database is private to its connection: nobody to queue with.
        if (const QString path = m_db.url().path; !path.isEmpty() && !path.startsWith(u':'))
            m_writeGate = std::unique_lock(writeGate(path));
        begin = QStringLiteral("BEGIN IMMEDIATE");
    } else
        begin = QStringLiteral("BEGIN");
    m_active = run(begin);
    if (!m_active && m_writeGate.owns_lock())
        m_writeGate.unlock();
    if (m_active)
        openDepth[m_connection] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::run(const QString& statement)
{
    QSqlDatabase connection = m_db.connection();
    if (!connection.isOpen()) {
        m_error = Database::classify(connection.lastError(), m_db.dialect());
        return false;
    }
    QSqlQuery query(connection);
    if (!query.exec(statement)) {
        m_error = Database::classify(query.lastError(), m_db.dialect());
        qCWarning(lcStorage) << statement << "failed:" << m_error.message;
        return false;
    }
    return true;
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
    if (m_writeGate.owns_lock())
        m_writeGate.unlock();
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
    if (m_writeGate.owns_lock())
        m_writeGate.unlock();
}

} // namespace paydesk
