#pragma once

#include "billing/invoice_repository.h"
#include "billing/payment_attempt.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QList>

namespace paydesk {

struct NewAttempt
{
    qint64 invoiceId = 0;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered; // cash: what the customer handed over
    QString terminalId;            // terminal
    QString ussdType;              // ussd: "737", "919", ...
};

// Payment attempts, persisted before any call is made. State moves only through transition(), which checks the
// table in canTransition(), timestamps the change, records it in the attempt's timeline and the audit chain, and,
// for `succeeded`, records the payment and moves the invoice, all in one transaction. The attempts in flight are
// the outbox the payment engine works through after any restart.
class AttemptRepository
{
  public:
    explicit AttemptRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock)
    {}

    // Refuses an amount above what is left to pay once the attempts already in flight are counted, a busy
    // terminal (on any desk), an invoice that is void or paid. Cash is counted at once: the attempt is created
    // and succeeds in the same transaction.
    Result<PaymentAttempt, QString> create(const NewAttempt& attempt, const BillingActor& actor) const;
    Result<std::optional<PaymentAttempt>, DbError> find(qint64 id) const;
    Result<std::optional<PaymentAttempt>, DbError> findByReference(const QString& reference) const;
    Result<std::optional<PaymentAttempt>, DbError> findByRequestCode(const QString& requestCode) const;
    Result<QList<PaymentAttempt>, DbError> inFlight(const QString& desk = QString()) const;
    Result<QList<PaymentAttempt>, DbError> forInvoice(qint64 invoiceId) const;
    Result<QList<AttemptEvent>, DbError> events(qint64 attemptId) const;

    // Stores what the engine learnt on the way (Paystack ids, codes, the next check); never the state.
    Status<DbError> saveProgress(const PaymentAttempt& attempt) const;

    // The one way to change state. A transition to the state the attempt is already in is a no-op (a webhook and
    // the poller may both report the same thing); an invalid one is refused and changes nothing.
    // `verified` is required for `succeeded` and must match the attempt's amount and currency.
    Result<PaymentAttempt, QString> transition(qint64 id,
                                               AttemptState to,
                                               const QString& actor,
                                               const QString& detail,
                                               const std::optional<VerifiedPayment>& verified = std::nullopt) const;

    // The engine's lease: true when `driver` holds the attempt until `until` (it had it, or nobody had, or the
    // other driver's lease ran out). A second engine on the same database leaves a held attempt alone.
    Result<bool, DbError> claim(qint64 id, const QString& driver, const QDateTime& until) const;
    Status<DbError> release(qint64 id, const QString& driver) const;

    // A desk without the Paystack key asks the engine that has it (paydesk-server) to act on a payment in flight:
    // false when the payment is finished or a stronger request is already waiting. On PostgreSQL a trigger tells
    // the server at once (NOTIFY paydesk_work).
    Result<bool, QString> request(qint64 id, CashierRequest what, const QString& actor) const;
    // The engine acts on the request it read and clears it.
    Status<DbError> takeRequest(qint64 id, CashierRequest seen) const;

    static QString newReference(const QString& desk);

  private:
    Status<QString> recordPayment(const PaymentAttempt& attempt, const VerifiedPayment& verified) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
