#pragma once

#include "payments/reconcile_report.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace paydesk {

// What a supervisor sees on opening a line of a reconciliation: our record behind it (the invoice and payment
// attempt, or the airtime sale), the webhook deliveries about it, and the other side's record as it came.
struct ReconcileLineDetails
{
    struct Event
    {
        qint64 id = 0;
        QString event; // charge.success, paymentrequest.success, ...
        QString state; // the inbox's: received, processed, rejected, failed
        QDateTime receivedAt;
        QString reason;
    };
    QList<QPair<QString, QString>> ours; // translated label, value; empty when we have no record
    QList<Event> events;
};

// Supervisors and admins only, checked against `users` like every reconciliation call.
Result<ReconcileLineDetails, QString>
reconcileLineDetails(const Database& db, const QString& viewer, const ReconcileLine& line);

} // namespace paydesk
