#include "backup/backup_rotation.h"

#include <algorithm>

namespace paydesk {

QSet<QDateTime> BackupRotation::keep(const QList<QDateTime>& made) const
{
    QList<QDateTime> newestFirst = made;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
    QSet<QDateTime> kept;
    QSet<qint64> days;
    QSet<qint64> weeks;
    QSet<qint64> months;
    for (const QDateTime& time : std::as_const(newestFirst)) {
        const QDate date = time.toLocalTime().date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const auto take = [&](QSet<qint64>& seen, qint64 period, int limit) {
            if (seen.contains(period) || seen.size() >= limit)
                return false;
            seen.insert(period);
            return true;
        };
        // Every rule looks at every backup: a day's newest may also be its week's and its month's.
        const bool day = take(days, date.toJulianDay(), daily);
        const bool inWeek = take(weeks, qint64(weekYear) * 100 + week, weekly);
        const bool inMonth = take(months, qint64(date.year()) * 100 + date.month(), monthly);
        if (day || inWeek || inMonth || kept.isEmpty())
            kept.insert(time);
    }
    return kept;
}

} // namespace paydesk
