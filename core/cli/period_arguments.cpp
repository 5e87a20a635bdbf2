#include "cli/period_arguments.h"

#include <QCoreApplication>

namespace paydesk {

std::optional<DayRange>
readDayRange(const QString& fromText, const QString& toText, const QDate& today, QTextStream& err)
{
    const QDate from = fromText.isEmpty() ? today : QDate::fromString(fromText, Qt::ISODate);
    const QDate to = toText.isEmpty() ? today : QDate::fromString(toText, Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to)
        return DayRange{from, to};
    err << "paydesk-server: "
        << QCoreApplication::translate("Cli", "--from and --to are dates (YYYY-MM-DD), --from not after --to")
        << Qt::endl;
    return std::nullopt;
}

} // namespace paydesk
