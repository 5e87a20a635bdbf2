#include "ussd/session_store.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonDocument>

namespace paydesk::ussd {

namespace {

Session readSession(const QSqlQuery& q)
{
    return Session::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

} // namespace

Status<DbError> SessionStore::write(const QList<Session>& sessions) const
{
    if (sessions.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    sql::Prepared upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO ussd_sessions (id, service_code, phone, state, outcome, hops, path, data, started_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
            "outcome = excluded.outcome, hops = excluded.hops, path = excluded.path, data = excluded.data, "
            "updated_at = excluded.updated_at"));
    for (const Session& session : sessions) {
        auto written = upsert.run({session.id, session.serviceCode, session.phone, Session::stateName(session.state),
                                   sql::text(session.outcome), session.hops, sql::text(session.inputs.join(u'*')),
                                   session.toJsonText(),
                                   sql::isoUtc(session.startedAt), sql::isoUtc(session.lastActiveAt)});
        if (!written)
            return written.error();
    }
    upsert.finish();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return {};
}

Result<QList<Session>, DbError> SessionStore::open(const QDateTime& since) const
{
    return sql::all(m_db,
                    QStringLiteral("SELECT data FROM ussd_sessions WHERE state <> 'ended' AND updated_at >= ? "
                                   "ORDER BY updated_at"),
                    {sql::isoUtc(since)}, readSession);
}

Result<std::optional<Session>, DbError>
SessionStore::timedOut(const QString& phone, const QString& code, const QDateTime& since) const
{
    return sql::one(m_db,
                    QStringLiteral("SELECT data FROM ussd_sessions WHERE phone = ? AND service_code = ? AND "
                                   "outcome = 'timeout' AND updated_at >= ? ORDER BY updated_at DESC LIMIT 1"),
                    {phone, code, sql::isoUtc(since)}, readSession);
}

Result<QList<SessionSummary>, DbError> SessionStore::recent(int limit, const QString& code) const
{
    QString statement = QStringLiteral("SELECT id, service_code, phone, state, outcome, hops, path, started_at, "
                                       "updated_at FROM ussd_sessions");
    QVariantList params;
    if (!code.isEmpty()) {
        statement += QStringLiteral(" WHERE service_code = ?");
        params.append(code);
    }
    statement += QStringLiteral(" ORDER BY updated_at DESC LIMIT ?");
    params.append(limit);
    return sql::all(m_db, statement, params, [](const QSqlQuery& q) {
        return SessionSummary{q.value(0).toString(), q.value(1).toString(),     q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(),     q.value(5).toInt(),
                              q.value(6).toString(), sql::readTime(q.value(7)), sql::readTime(q.value(8))};
    });
}

Result<QList<ServiceCount>, DbError> SessionStore::counts(const QDateTime& since) const
{
    return sql::all(
        m_db,
        QStringLiteral("SELECT service_code, COUNT(*), SUM(CASE WHEN outcome = 'completed' THEN 1 ELSE 0 "
                       "END), SUM(hops) FROM ussd_sessions WHERE started_at >= ? GROUP BY service_code "
                       "ORDER BY service_code"),
        {sql::isoUtc(since)}, [](const QSqlQuery& q) {
            return ServiceCount{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
        });
}

} // namespace paydesk::ussd
