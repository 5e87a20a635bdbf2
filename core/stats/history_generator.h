#pragma once

#include "stats/stats_calendar.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>

namespace paydesk::stats {

// A made-up but plausible history for the dashboard: invoices paid by terminal, pay link, bank USSD code and
// cash across desks and cashiers, declined and abandoned attempts, a few payments still waiting or unknown,
// refunds, waivers and discounts, Paystack's webhooks for the electronic ones, airtime sales and USSD sessions.
// For training mode (./dev.sh run shows a dashboard with something on it), the tests that compute every figure a
// second way, and the benchmark's year of a million payments. Rows go in through the same tables and triggers as
// real ones; only ever into a training, test or benchmark database.
struct HistorySpec
{
    QDate firstDay; // local days, both included
    QDate lastDay;
    QDateTime now;          // nothing is generated after it; the payments waiting are "now"
    qint64 payments = 1000; // succeeded payments, spread over the days
    int desks = 4;
    int cashiers = 8;
    qint64 airtimeSales = 0;
    qint64 ussdSessions = 0;
    bool webhooks = true; // a stored charge.success per electronic payment (and the lag histogram)
    quint32 seed = 20261122;
    QString currency = QStringLiteral("NGN");
};

struct HistoryCounts
{
    qint64 invoices = 0;
    qint64 attempts = 0;
    qint64 payments = 0;
    qint64 refunds = 0;
    qint64 webhooks = 0;
    qint64 airtimeSales = 0;
    qint64 ussdSessions = 0;
};

Result<HistoryCounts, DbError> generateHistory(const Database& db, const HistorySpec& spec);

// Desk and cashier names the generator uses: "Desk 01", "cashier01".
QString generatedDesk(int index);
QString generatedCashier(int index);

} // namespace paydesk::stats
