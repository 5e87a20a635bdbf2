#pragma once

#include "storage/database.h"

#include <QDate>
#include <QDateTime>

#include <array>

namespace paydesk::stats {

// The hospital's calendar for statistics: local days at a fixed offset from UTC (stats_calendar, migration 0009).
// Nigeria (+60) and Kenya (+180) keep no summer time, so an offset is the whole story.
struct StatsCalendar
{
    int utcOffsetMinutes = 60;

    QDate localDay(const QDateTime& utc) const { return utc.toUTC().addSecs(utcOffsetMinutes * 60).date(); }
    int localHour(const QDateTime& utc) const { return utc.toUTC().addSecs(utcOffsetMinutes * 60).time().hour(); }
    // The UTC moment a local day starts.
    QDateTime dayStartUtc(const QDate& day) const
    {
        return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-utcOffsetMinutes * 60);
    }

    static Result<StatsCalendar, DbError> read(const Database& db);
    // Changes the offset and recounts every summary at the new one, in one transaction.
    static Status<DbError> setOffset(const Database& db, int utcOffsetMinutes);
};

// Webhook lag histogram (stats_webhook_lag_daily): bucket b counts deliveries that arrived at most kLagBoundsMs[b]
// after the payment; the last bucket takes everything later. The bounds follow Paystack's retry schedule closely
// enough that a p95 of "under a minute" and "hours late" read apart.
inline constexpr std::array<qint64, 20> kLagBoundsMs = {
    250,    500,    1000,   2000,    3000,    5000,    10000,    15000,    30000,    60000,
    120000, 300000, 600000, 1800000, 3600000, 7200000, 21600000, 43200000, 86400000, 259200000};
int lagBucket(qint64 lagMs);
// The upper bound of a bucket; the last (open) bucket reports the largest bound.
qint64 lagBucketBoundMs(int bucket);

} // namespace paydesk::stats
