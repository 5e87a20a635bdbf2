#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace paydesk {

// Everything that happened to one invoice, oldest first: issued, voided, each payment attempt's every step with
// its words, each refund. For the invoice page, so a cashier or supervisor can see exactly where money stands.
struct TimelineEntry
{
    QDateTime at;
    QString what;   // "Invoice issued", "Terminal · waiting", "Refund · processed"
    QString detail; // the words recorded with it
    QString actor;
};

Result<QList<TimelineEntry>, DbError> loadInvoiceTimeline(const Database& db, qint64 invoiceId);

} // namespace paydesk
