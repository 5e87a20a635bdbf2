#pragma once

#include <QDate>
#include <QString>

namespace paydesk::stats {

// A range of the hospital's local days, both ends included.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    bool operator==(const Period&) const = default;
};

enum class PeriodPreset { Today, Yesterday, ThisWeek, ThisMonth, Custom };

// The days a preset covers on `today` (weeks start on Monday). Custom gives today alone: its days are chosen.
// The dashboard and the airtime report both offer these, in this order.
Period periodFor(PeriodPreset preset, const QDate& today);
QString periodPresetLabel(PeriodPreset preset); // translated
// "1 Nov 2026 – 22 Nov 2026", or one date for one day.
QString describePeriod(const Period& period);

} // namespace paydesk::stats
