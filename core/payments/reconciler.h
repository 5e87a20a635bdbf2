#pragma once

#include "paystack/paystack_client.h"
#include "storage/database_worker.h"
#include "util/clock.h"

#include <QObject>

namespace paydesk {

class PaymentEngine;

// One line of a reconciliation: a payment as we have it against the transaction as Paystack has it.
struct ReconcileLine
{
    enum class Kind {
        Matched,        // both sides, same amount and currency
        Fixed,          // Paystack has a success for one of our attempts that we had not recorded: checked now
        MissingOurs,    // Paystack has a success we know nothing of
        MissingTheirs,  // we recorded a Paystack payment that Paystack does not list as a success
        AmountMismatch, // both sides, different amounts
    };
    Kind kind = Kind::Matched;
    QString reference;
    Money ours;
    Money theirs;
    qint64 attemptId = 0;
    QString detail;
};
QString reconcileKindName(ReconcileLine::Kind kind); // "matched", "fixed", ...

struct ReconcileReport
{
    QDateTime from;
    QDateTime to;
    QList<ReconcileLine> lines;
    QList<paystack::CurrencyAmount> paystackVolume; // /transaction/totals
    QList<paystack::CurrencyAmount> ourVolume;      // our Paystack payments in the period
    int count(ReconcileLine::Kind kind) const;
    bool clean() const; // nothing missing or mismatched
};

// Compares our Paystack payments (attempts created in the period) with Paystack's successful transactions and
// totals for the period. It fixes only what is safe: a success Paystack has for an attempt of ours still waiting
// or given up on is handed to the payment engine, which verifies it and records it exactly once. Everything
// else is reported, never changed.
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
    void fetchPage(const std::shared_ptr<Job>& job, int page);
    void compare(const std::shared_ptr<Job>& job);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    PaymentEngine* m_engine;
};

} // namespace paydesk
