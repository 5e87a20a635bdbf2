#pragma once

#include "airtime/airtime_sale.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace paydesk::airtime {

// The kiosk's airtime report for a period: sales per day, each network's performance (count, value, success rate,
// average time from confirm to delivery), commission earned and what went wrong, grouped. Built from the period's
// sales (SaleRepository::between) off the GUI thread; days are the kiosk's own calendar days. Amounts are the
// face value customers paid for; "value" and "commission" count delivered sales only.
struct AirtimeReport
{
    struct Counts
    {
        int sales = 0;
        int delivered = 0;
        int failed = 0;
        int open = 0; // queued, sent, pending or unknown at the time of the report
        Money value;
        Money commission;
        // delivered ÷ (delivered + failed), in tenths of a percent; -1 when nothing is settled
        int successPermille() const;
    };
    struct Day : Counts
    {
        QDate date;
    };
    struct NetworkLine : Counts
    {
        QString network;               // catalog code
        qint64 averageDeliveryMs = -1; // confirm to delivered; -1 when none was delivered
    };
    struct Problem
    {
        SaleState state = SaleState::Failed;
        QString code;   // the provider's
        QString detail; // the provider's words
        int count = 0;
        Money value;
    };

    QDate from;   // first day, inclusive
    QDate to;     // last day, inclusive
    QString desk; // empty: every desk
    Counts totals;
    QList<Day> days;
    QList<NetworkLine> networks;
    QList<Problem> problems; // most frequent first

    // The period's UTC bounds for SaleRepository::between.
    static QDateTime startUtc(QDate day, const QTimeZone& zone);
    static AirtimeReport build(const QList<AirtimeSale>& sales,
                               QDate from,
                               QDate to,
                               const QString& desk,
                               const Currency& currency,
                               const QTimeZone& zone);

    // One file for finance: the filter in the header, then one block per table (days, networks, problems).
    QByteArray toCsv() const;
    // The same tables for a PDF or the screen.
    QString toHtml() const;
    QString title() const;
};

} // namespace paydesk::airtime
