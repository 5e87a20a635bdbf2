#pragma once

#include "stats/stats_calendar.h"
#include "storage/sql.h"

#include <QHash>

namespace paydesk::stats {

// Recounts every summary table of migration 0009 from its rows at the calendar's offset, and clears
// stats_calendar.needs_rebuild. Runs inside the caller's transaction when there is one.
Status<DbError> rebuildSummaries(const Database& db);
// What openMigrated does after migrating: recount once when migration 0009 met a database that already held
// payments (or the offset changed), nothing otherwise.
Status<DbError> rebuildSummariesIfNeeded(const Database& db);

// Counts webhook deliveries into the lag histogram, inside the transaction that stores them. Counts are added up
// in memory and written by write(), one row per day and bucket: the webhook intake stores hundreds of deliveries
// per transaction while holding SQLite's only write lock.
class WebhookLagCounter
{
  public:
    explicit WebhookLagCounter(const Database& db);
    // A delivery that arrived at `receivedAt` for a payment Paystack marked paid at `paidAt`.
    Status<DbError> count(const QDateTime& paidAt, const QDateTime& receivedAt);
    // Adds what was counted since the last write to the table. Must be called before the transaction commits.
    Status<DbError> write();

  private:
    const Database& m_db;
    std::optional<StatsCalendar> m_calendar; // read at the first count, once per transaction
    QHash<std::pair<QDate, int>, qint64> m_counted;
};

// The moment a webhook's payment was paid (data.paid_at or data.paidAt), or an invalid time.
QDateTime webhookPaidAt(const QJsonObject& data);

} // namespace paydesk::stats
