#pragma once

#include "airtime/airtime_provider.h"
#include "payments/reconcile_report.h"
#include "paystack/paystack_client.h"
#include "stats/period.h"
#include "storage/database_worker.h"

#include <QObject>

namespace paydesk {

class PaymentEngine;

// A supervisor's reconciliation of a period: the viewer's role is checked in the database first (supervisors and
// admins only), then our payments are compared with Paystack (Reconciler) and our airtime sales with the provider
// (AirtimeReconciler), and the run is audited with its counts. Airtime that cannot be compared (no provider on
// this desk, the provider down) is said in the report, never a reason to lose the payments' comparison.
class Reconciliation : public QObject
{
    Q_OBJECT
  public:
    Reconciliation(Database db,
                   DatabaseWorker& worker,
                   PaystackClient& paystack,
                   PaymentEngine* engine,
                   airtime::AirtimeProvider* airtimeProvider,
                   QObject* parent = nullptr);
    using Done = std::function<void(const Result<ReconcileReport, QString>&)>;
    void run(const QString& viewer, const QDateTime& from, const QDateTime& to, QObject* context, Done done);
    // The hospital's local days (its statistics calendar), both ends included: a preset counted from the hospital's
    // today, not the desk's clock, or the custom days. The report says which days they were.
    void runDays(
        const QString& viewer, stats::PeriodPreset preset, const stats::Period& custom, QObject* context, Done done);

  private:
    struct Job;
    void compare(const std::shared_ptr<Job>& job);
    void compareAirtime(const std::shared_ptr<Job>& job);
    void audit(const std::shared_ptr<Job>& job);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    PaymentEngine* m_engine;
    airtime::AirtimeProvider* m_airtimeProvider;
};

} // namespace paydesk
