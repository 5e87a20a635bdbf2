#include "stats/stats_calendar.h"

#include "stats/stats_summaries.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <algorithm>

namespace paydesk::stats {

Result<StatsCalendar, DbError> StatsCalendar::read(const Database& db)
{
    // Prepared: the webhook intake reads it in every batch.
    auto offset =
        sql::Prepared(db, QStringLiteral("SELECT utc_offset_minutes FROM stats_calendar WHERE id = 1")).firstNumber({});
    if (!offset)
        return offset.error();
    return StatsCalendar{int(offset->value_or(60))};
}

Status<DbError> StatsCalendar::setOffset(const Database& db, int utcOffsetMinutes)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto updated = sql::exec(db, QStringLiteral("UPDATE stats_calendar SET utc_offset_minutes = ? WHERE id = 1"),
                             {utcOffsetMinutes});
    if (!updated)
        return updated.error();
    if (auto rebuilt = rebuildSummaries(db); !rebuilt)
        return rebuilt.error();
    return transaction.commit();
}

int lagBucket(qint64 lagMs)
{
    const auto* bound = std::lower_bound(kLagBoundsMs.begin(), kLagBoundsMs.end(), std::max<qint64>(0, lagMs));
    return int(std::min<std::ptrdiff_t>(bound - kLagBoundsMs.begin(), std::ptrdiff_t(kLagBoundsMs.size()) - 1));
}

qint64 lagBucketBoundMs(int bucket)
{
    return kLagBoundsMs.at(std::clamp<std::size_t>(std::size_t(std::max(0, bucket)), 0, kLagBoundsMs.size() - 1));
}

} // namespace paydesk::stats
