#include "billing/refund_engine.h"

#include "util/backoff.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace paydesk {

RefundEngine::RefundEngine(
    Database db, DatabaseWorker& worker, PaystackClient& paystack, Options options, const Clock& clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_worker(worker), m_paystack(paystack), m_options(options), m_clock(&clock)
{}

void RefundEngine::start()
{
    if (!m_options.callsPaystack)
        return; // paydesk-server resumes them
    m_worker.run([db = m_db] { return RefundRepository(db).inFlight(); }, this,
                 [this](const Result<QList<Refund>, DbError>& refunds) {
                     if (!refunds) {
                         QTimer::singleShot(m_options.maxCheckMs, this, &RefundEngine::start);
                         return;
                     }
                     for (const Refund& refund : *refunds)
                         drive(refund.id);
                 });
}

void RefundEngine::request(qint64 paymentId,
                           const Money& amount,
                           const QString& reason,
                           const BillingActor& actor,
                           QObject* context,
                           Done done)
{
    QPointer<QObject> guard(context);
    m_worker.run([db = m_db, clock = m_clock, paymentId, amount, reason,
                  actor] { return RefundRepository(db, *clock).request(paymentId, amount, reason, actor); },
                 this,
                 [this, guard, done](const Result<Refund, QString>& made) {
                     if (guard)
                         done(made);
                     if (!made)
                         return;
                     emit refundChanged(*made);
                     if (made->inFlight() && m_options.callsPaystack)
                         drive(made->id);
                 });
}

void RefundEngine::checkNow(qint64 refundId)
{
    if (m_options.callsPaystack)
        drive(refundId);
    else
        refresh(refundId);
}

void RefundEngine::refresh(qint64 refundId)
{
    m_worker.run([db = m_db, refundId] { return RefundRepository(db).find(refundId); }, this,
                 [this](const Result<std::optional<Refund>, DbError>& found) {
                     if (found && found->has_value())
                         emit refundChanged(**found);
                 });
}

void RefundEngine::drive(qint64 id)
{
    if (m_busy.contains(id))
        return;
    m_busy.insert(id);
    m_worker.run([db = m_db, id] { return RefundRepository(db).find(id); }, this,
                 [this, id](const Result<std::optional<Refund>, DbError>& found) {
                     if (!found || !found->has_value()) {
                         m_busy.remove(id);
                         if (!found)
                             QTimer::singleShot(m_options.maxCheckMs, this, [this, id] { drive(id); });
                         return;
                     }
                     const Refund& refund = **found;
                     switch (refund.state) {
                     case Refund::State::Requested:
                         return send(refund);
                     case Refund::State::Unknown:
                         return settleUnknown(refund);
                     case Refund::State::Pending:
                         return follow(refund);
                     case Refund::State::Processed:
                     case Refund::State::Failed:
                         m_busy.remove(id);
                         return;
                     }
                 });
}

void RefundEngine::send(const Refund& refund)
{
    // A terminal payment's reference may be its payment request: the transaction is found on the request.
    if (refund.transactionId == 0 && refund.transactionReference.startsWith(QLatin1String("PRQ_"))) {
        m_paystack.fetchPaymentRequest(
            refund.requestCode, this, [this, refund](const Result<paystack::PaymentRequest, PaystackError>& request) {
                if (!request || request->transactionId == 0)
                    return later(refund,
                                 request ? QCoreApplication::translate("Refunds", "Paystack lists no transaction for "
                                                                                  "this payment request yet.")
                                         : request.error().describe());
                Refund known = refund;
                known.transactionId = request->transactionId;
                send(known);
            });
        return;
    }
    paystack::RefundInput input;
    input.transaction = refund.transactionId ? QString::number(refund.transactionId) : refund.transactionReference;
    input.amount = refund.amount;
    input.merchantNote = refund.reason;
    m_paystack.createRefund(input, this, [this, refund](const Result<paystack::Refund, PaystackError>& made) {
        if (made)
            return move(refund, Refund::State::Pending,
                        QCoreApplication::translate("Refunds", "Paystack is processing the refund"), made->id,
                        made->transactionId ? made->transactionId : refund.transactionId);
        const PaystackError& error = made.error();
        if (error.outcomeUnknown() || error.kind == PaystackError::Kind::BadResponse)
            return move(refund, Refund::State::Unknown, error.describe(), 0, refund.transactionId);
        if (error.kind == PaystackError::Kind::Validation || error.kind == PaystackError::Kind::Api ||
            error.kind == PaystackError::Kind::NotFound)
            return move(refund, Refund::State::Failed, error.describe(), 0, refund.transactionId);
        later(refund, error.describe());
    });
}

void RefundEngine::settleUnknown(const Refund& refund)
{
    paystack::ListQuery query;
    query.perPage = 100;
    if (refund.transactionId)
        query.filters.insert(QStringLiteral("transaction"), QString::number(refund.transactionId));
    m_paystack.listRefunds(
        query, this, [this, refund](const Result<paystack::Page<paystack::Refund>, PaystackError>& page) {
            if (!page)
                return later(refund, page.error().describe());
            for (const paystack::Refund& found : page->items) {
                if ((refund.transactionId == 0 || found.transactionId == refund.transactionId) &&
                    found.amount == refund.amount && found.createdAt >= refund.createdAt.addSecs(-300))
                    return move(refund, Refund::State::Pending,
                                QCoreApplication::translate("Refunds", "Paystack has the refund: following it"),
                                found.id, found.transactionId);
            }
            move(refund, Refund::State::Requested,
                 QCoreApplication::translate("Refunds", "Paystack never received the refund: asking again"));
        });
}

void RefundEngine::follow(const Refund& refund)
{
    m_paystack.fetchRefund(refund.paystackRefundId, this,
                           [this, refund](const Result<paystack::Refund, PaystackError>& found) {
                               if (!found)
                                   return later(refund, found.error().describe());
                               const QString status = found->statusText;
                               if (status == u"processed")
                                   return move(refund, Refund::State::Processed,
                                               QCoreApplication::translate("Refunds", "Refunded by Paystack"));
                               if (status == u"failed")
                                   return move(refund, Refund::State::Failed,
                                               QCoreApplication::translate("Refunds", "Paystack could not refund it"));
                               later(refund, QCoreApplication::translate("Refunds", "Paystack says: %1").arg(status));
                           });
}

void RefundEngine::move(
    const Refund& refund, Refund::State to, const QString& detail, quint64 paystackId, quint64 transactionId)
{
    m_worker.run(
        [db = m_db, clock = m_clock, id = refund.id, to, detail, paystackId, transactionId] {
            return RefundRepository(db, *clock).transition(id, to, detail, paystackId, transactionId);
        },
        this,
        [this, refund](const Result<Refund, QString>& moved) {
            m_busy.remove(refund.id);
            if (!moved) {
                qCWarning(lcPayments) << "refund" << refund.id << "did not move:" << moved.error();
                return later(refund, moved.error());
            }
            emit refundChanged(*moved);
            m_checks.remove(refund.id);
            if (moved->inFlight())
                QTimer::singleShot(moved->state == Refund::State::Pending ? m_options.firstCheckMs : 0, this,
                                   [this, id = refund.id] { drive(id); });
        });
}

void RefundEngine::later(const Refund& refund, const QString& detail)
{
    m_busy.remove(refund.id);
    qCInfo(lcPayments) << "refund" << refund.id << "will be checked again:" << detail;
    const int checks = m_checks[refund.id]++;
    QTimer::singleShot(int(backoffMs(m_options.firstCheckMs, m_options.maxCheckMs, checks)), this,
                       [this, id = refund.id] { drive(id); });
}

} // namespace paydesk
