#pragma once

#include "billing/invoice_repository.h"
#include "money/money.h"
#include "storage/database.h"
#include "util/clock.h"

namespace paydesk {

// A refund of (part of) one payment. Paystack refunds go `requested → pending → processed | failed`, with
// `unknown` when the answer to the request was lost (settled by listing the transaction's refunds); a cash refund
// is handed over at the desk and is `processed` at once. Money leaves the books only when `processed`.
struct Refund
{
    enum class State { Requested, Pending, Processed, Failed, Unknown };
    qint64 id = 0;
    qint64 paymentId = 0;
    qint64 invoiceId = 0;
    QString method; // of the payment: "terminal", "cash", ...
    Money amount;
    State state = State::Requested;
    quint64 paystackRefundId = 0;
    quint64 transactionId = 0; // the payment's Paystack transaction
    QString transactionReference;
    QString requestCode; // terminal payments: the payment request, to find the transaction
    QString reason;
    QString requestedBy;
    QString approvedBy;
    QString detail;
    QDateTime createdAt;

    bool inFlight() const { return state == State::Requested || state == State::Pending || state == State::Unknown; }
};

QString refundStateName(Refund::State state);
QString describe(Refund::State state);

class RefundRepository
{
  public:
    explicit RefundRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock)
    {}

    // Needs a supervisor (the actor or the approver, read from the users table). Refuses more than is left of the
    // payment once refunds in flight are counted. Cash: processed in the same transaction.
    Result<Refund, QString>
    request(qint64 paymentId, const Money& amount, const QString& reason, const BillingActor& actor) const;
    Result<std::optional<Refund>, DbError> find(qint64 id) const;
    Result<QList<Refund>, DbError> inFlight() const;
    Result<QList<Refund>, DbError> forInvoice(qint64 invoiceId) const;
    // The payment behind an attempt, for the refund button: its id and what is left to refund.
    Result<std::optional<std::pair<qint64, Money>>, DbError> refundableForAttempt(qint64 attemptId) const;

    // Checked, audited; `processed` moves the payment's and the invoice's refunded amounts in the same transaction.
    Result<Refund, QString> transition(qint64 id,
                                       Refund::State to,
                                       const QString& detail,
                                       quint64 paystackRefundId = 0,
                                       quint64 transactionId = 0) const;

  private:
    Status<QString> applyProcessed(const Refund& refund) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
