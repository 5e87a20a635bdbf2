#pragma once

#include "airtime/airtime_provider.h"
#include "airtime/airtime_sale.h"
#include "payments/reconcile_report.h"
#include "storage/database_worker.h"

#include <QObject>

namespace paydesk::airtime {

// Compares the airtime sales made in a period with the provider's record of each (a requery by our request id,
// a few at a time, each with the provider's deadline). It changes nothing: an unsettled sale the provider has
// settled is reported, and the kiosk's own requery settles it.
class AirtimeReconciler : public QObject
{
    Q_OBJECT
  public:
    static constexpr int kMaxSales = 5000; // one requery each: a longer period needs shorter runs

    AirtimeReconciler(Database db, DatabaseWorker& worker, AirtimeProvider& provider, QObject* parent = nullptr);
    using Done = std::function<void(const Result<QList<ReconcileLine>, QString>&)>;
    void run(const QDateTime& from, const QDateTime& to, QObject* context, Done done);

  private:
    struct Job;
    void askNext(const std::shared_ptr<Job>& job);

    Database m_db;
    DatabaseWorker& m_worker;
    AirtimeProvider& m_provider;
};

// The line for one sale given the provider's answer (pure: tested on its own).
ReconcileLine airtimeLine(const AirtimeSale& sale, const ProviderAnswer& answer);

} // namespace paydesk::airtime
