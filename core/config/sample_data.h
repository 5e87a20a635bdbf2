#pragma once

#include "storage/database.h"

namespace paydesk {

// Sample data for training mode (./dev.sh run, paydesk --training --sample-data): accounts a trainee can log in
// with, a price list, patients and an airtime float. Only ever written to the training database, never to a
// desk's real one; idempotent.
struct SampleAccounts
{
    static inline const QString kPassword = QStringLiteral("training");
    static inline const QString kCashier = QStringLiteral("cashier1");
    static inline const QString kSupervisor = QStringLiteral("supervisor1");
};

Status<DbError> loadSampleData(const Database& db);
// Three months of generated history (stats::generateHistory: payments across desks and cashiers, webhooks,
// refunds, airtime, USSD sessions), once, so that the supervisors' dashboard has something to show in training.
Status<DbError> loadSampleHistory(const Database& db);

} // namespace paydesk
