#pragma once

#include "storage/database.h"

#include <QTextStream>
#include <QUrl>

namespace paydesk {

// `paydesk-server reconcile [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json]`: our Paystack payments
// against Paystack's transactions and totals for the period (UTC days, default today). A success we missed is
// verified and recorded; everything else is reported. Exit 0 when clean, 5 when something is missing or differs.
int reconcileCommand(const Database& db,
                     const QUrl& paystackUrl,
                     const QString& from,
                     const QString& to,
                     const QString& format,
                     QTextStream& out,
                     QTextStream& err);

} // namespace paydesk
