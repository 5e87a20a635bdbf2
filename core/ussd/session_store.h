#pragma once

#include "storage/database.h"
#include "ussd/session.h"

namespace paydesk::ussd {

// One line of the sessions view: where a session went and how it ended.
struct SessionSummary
{
    QString id;
    QString serviceCode;
    QString phone;
    QString state;
    QString outcome;
    int hops = 0;
    QString path; // the answers, joined with '*' as Africa's Talking sends them
    QDateTime startedAt;
    QDateTime updatedAt;
};

struct ServiceCount
{
    QString serviceCode;
    int sessions = 0;
    int completed = 0;
    int hops = 0;
};

// The ussd_sessions table. Written behind the engine in batches (one transaction per batch), and at once before
// a step that moves money.
class SessionStore
{
  public:
    explicit SessionStore(Database db) : m_db(std::move(db)) {}

    Status<DbError> write(const QList<Session>& sessions) const;
    // Sessions not ended and active since `since` (to carry on after a restart).
    Result<QList<Session>, DbError> open(const QDateTime& since) const;
    // The newest session of this phone and service that timed out since `since`.
    Result<std::optional<Session>, DbError>
    timedOut(const QString& phone, const QString& code, const QDateTime& since) const;
    Result<QList<SessionSummary>, DbError> recent(int limit, const QString& code = QString()) const;
    Result<QList<ServiceCount>, DbError> counts(const QDateTime& since) const;

  private:
    Database m_db;
};

} // namespace paydesk::ussd
