#pragma once

#include <QDate>
#include <QTextStream>

#include <optional>

namespace paydesk {

struct DayRange
{
    QDate from;
    QDate to;
};

// --from and --to as the commands take them: ISO dates, each defaulting to `today`, --from not after --to. Says
// what is wrong on `err` and gives nothing when they are not.
std::optional<DayRange> readDayRange(const QString& from, const QString& to, const QDate& today, QTextStream& err);

} // namespace paydesk
