#include "stats/period.h"

#include <QCoreApplication>
#include <QLocale>

namespace paydesk::stats {

Period periodFor(PeriodPreset preset, const QDate& today)
{
    switch (preset) {
    case PeriodPreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case PeriodPreset::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case PeriodPreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::Today:
    case PeriodPreset::Custom:
        break;
    }
    return {today, today};
}

QString periodPresetLabel(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return QCoreApplication::translate("Period", "Today");
    case PeriodPreset::Yesterday:
        return QCoreApplication::translate("Period", "Yesterday");
    case PeriodPreset::ThisWeek:
        return QCoreApplication::translate("Period", "This week");
    case PeriodPreset::ThisMonth:
        return QCoreApplication::translate("Period", "This month");
    case PeriodPreset::Custom:
        break;
    }
    return QCoreApplication::translate("Period", "Chosen days");
}

QString describePeriod(const Period& period)
{
    const QLocale locale;
    if (period.from == period.to)
        return locale.toString(period.from, QLocale::ShortFormat);
    return QCoreApplication::translate("Period", "%1 – %2")
        .arg(locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat));
}

} // namespace paydesk::stats
