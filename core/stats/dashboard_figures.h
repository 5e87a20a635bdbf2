#pragma once

#include "stats/period.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace paydesk::stats {

// Amounts in minor units, per ISO 4217 currency: a hospital takes NGN, a kiosk may sell KES airtime too.
using MoneyByCurrency = QMap<QString, qint64>;
// "₦1,234.00 · KES 300.00", or the zero of `fallback` when there is nothing.
QString formatTotals(const MoneyByCurrency& totals, const QString& fallback = QStringLiteral("NGN"));

// What the dashboard narrows to. Empty means all. desk, cashier and method narrow payments; desk and network
// airtime; service USSD sessions.
struct StatsFilter
{
    QString desk;
    QString cashier;
    QString method;
    QString network;
    QString service;
    bool operator==(const StatsFilter&) const = default;
};

// One bar segment of a chart: `category` along the axis (a day, a cashier, an hour), `series` the stack it
// belongs to (a method, an outcome).
struct Bar
{
    QString category;
    QString series;
    QString currency;
    qint64 count = 0;
    qint64 amount = 0; // minor units
};
using Chart = QList<Bar>;

struct Bucket
{
    qint64 count = 0;
    MoneyByCurrency amount;
};

struct DashboardFigures
{
    Period period;
    StatsFilter filter;
    QDateTime computedAt;

    // Tiles
    MoneyByCurrency collected;
    qint64 payments = 0;
    // Electronic attempts (not cash) that reached an outcome in the period.
    qint64 succeeded = 0;
    qint64 declined = 0;          // failed: the bank or the card said no
    qint64 abandoned = 0;         // cancelled or expired
    qint64 succeededFinishMs = 0; // summed over the succeeded ones: push to paid
    // Payments waiting now, by age: under 15 min, 15–60 min, 1 h to a day, over a day.
    std::array<Bucket, 4> pending;
    Bucket unknownPayments;
    Bucket unknownRefunds;
    Bucket unknownAirtime;
    qint64 lagDeliveries = 0;
    qint64 lagP50Ms = -1; // upper bound of the histogram bucket; -1 when nothing arrived
    qint64 lagP95Ms = -1;
    Bucket refunds;
    Bucket waivers;   // lines given free
    Bucket discounts; // lines given a partial discount

    // Charts
    Chart revenueByDay;     // day × method
    Chart revenueByCashier; // cashier × method
    Chart revenueByDesk;    // desk × method
    Chart paymentsByHour;   // local hour × method (terminal payments unless the filter names a method)
    Chart airtimeByNetwork; // network × outcome
    Chart ussdByService;    // service code × outcome

    qint64 finished() const { return succeeded + declined + abandoned; }
    // Percent of electronic attempts that succeeded; -1 when none finished.
    double successRate() const { return finished() ? 100.0 * succeeded / finished() : -1; }
    double declineRate() const { return finished() ? 100.0 * declined / finished() : -1; }
    qint64 averageMsToPaid() const { return succeeded ? succeededFinishMs / succeeded : -1; }
    qint64 pendingCount() const;
};

// A chart bar's narrowing of the period, for the list of payments behind it.
struct Drill
{
    QDate day;
    QString method;
    QString cashier;
    QString desk;
    int hour = -1;
};

struct PaymentLine
{
    qint64 id = 0;
    QString invoiceNumber;
    QDateTime paidAt;
    QString method;
    QString cashier;
    QString desk;
    QString currency;
    qint64 amount = 0;
    QString reference;
};

struct FilterChoices
{
    QStringList desks;
    QStringList cashiers;
    QStringList methods;
    QStringList networks;
    QStringList services;
};

} // namespace paydesk::stats
