#pragma once

#include "payments/reconcile_report.h"
#include "paystack/paystack_client.h"
#include "storage/database_worker.h"

#include <QObject>

namespace paydesk {

class PaymentEngine;

// Compares our Paystack payments (attempts created in the period) with Paystack's successful transactions, its
// payment requests and its totals. It fixes only what is safe: a success Paystack has for an attempt of ours still
// waiting or given up on is handed to the payment engine, which verifies it and records it exactly once.
// Everything else is reported, never changed.
class Reconciler : public QObject
{
    Q_OBJECT
  public:
    Reconciler(Database db,
               DatabaseWorker& worker,
               PaystackClient& paystack,
               PaymentEngine* engine,
               QObject* parent = nullptr);
    using Done = std::function<void(const Result<ReconcileReport, QString>&)>;
    void run(const QDateTime& from, const QDateTime& to, QObject* context, Done done);

  private:
    struct Job;
    void fetchTransactions(const std::shared_ptr<Job>& job, int page);
    void fetchRequests(const std::shared_ptr<Job>& job, int page);
    void fetchRequestTotals(const std::shared_ptr<Job>& job);
    void compare(const std::shared_ptr<Job>& job);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    PaymentEngine* m_engine;
};

} // namespace paydesk
