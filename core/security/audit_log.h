#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace paydesk {

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC ISO-8601 with milliseconds, exactly as hashed
    QString actor;
    QString action; // dotted verb: "user.created", "login.failed", "payment.succeeded"
    QString subject;
    QString details; // compact JSON object
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QDateTime from;  // at or after; invalid: no bound
    QDateTime until; // before; invalid: no bound
    QString action;  // an action ("shift.signed") or a prefix ending in '.' ("shift."); empty: all
    QString actor;   // empty: everyone
};

// The append-only, hash-chained record of everything that changes money, users or settings. Each row holds
// SHA-256(previous row's hash + its own fields), so editing, deleting or reordering a row breaks the chain from
// there on; verify() finds the first broken row.
class AuditLog
{
  public:
    explicit AuditLog(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    // Appends inside the caller's transaction when there is one (as a savepoint), else in its own.
    Result<AuditEntry, DbError>
    append(const QString& actor, const QString& action, const QString& subject, const QJsonObject& details = {}) const;

    struct Verification
    {
        bool intact = true;
        qint64 rowsChecked = 0;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString reason;
    };
    Result<Verification, DbError> verify() const;

    Result<QList<AuditEntry>, DbError> latest(int limit) const;
    // The entries that match, newest first.
    Result<QList<AuditEntry>, DbError> search(const AuditFilter& filter, int limit) const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry& entry);

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
