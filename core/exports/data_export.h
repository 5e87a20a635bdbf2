#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace paydesk::exports {

// What finance scripts can take out of Paydesk, one row per record, oldest first.
enum class Dataset { Payments, Invoices, Shifts, Airtime, UssdSessions, Audit };
QStringList datasetNames(); // "payments", "invoices", "shifts", "airtime", "ussd-sessions", "audit"
std::optional<Dataset> datasetFromName(const QString& name);

// The records whose time (paid, issued, opened, sold, started, logged) falls in [fromUtc, untilUtc), handed to
// `row` one at a time so that a year of payments is never held in memory. Amounts are decimal text in their own
// currency ("1250.50"), times UTC ISO-8601 with milliseconds. Session data typed by phone users is never exported.
QStringList columnsOf(Dataset dataset);
Status<DbError> exportRows(const Database& db,
                           Dataset dataset,
                           const QDateTime& fromUtc,
                           const QDateTime& untilUtc,
                           const std::function<void(const QStringList&)>& row);

} // namespace paydesk::exports
