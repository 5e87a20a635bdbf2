#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>

namespace paydesk {

// Which backups to keep: the newest of each of the last `daily` days that have one, of the last `weekly` weeks
// (ISO weeks) and of the last `monthly` months, by the local calendar. The newest backup is always kept.
struct BackupRotation
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // The times in `made` to keep; the rest may be deleted.
    QSet<QDateTime> keep(const QList<QDateTime>& made) const;
};

} // namespace paydesk
