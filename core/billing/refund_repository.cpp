#include "billing/refund_repository.h"

#include "security/audit_log.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

constexpr std::pair<Refund::State, const char*> kStates[] = {
    {Refund::State::Requested, "requested"}, {Refund::State::Pending, "pending"},
    {Refund::State::Processed, "processed"}, {Refund::State::Failed, "failed"},
    {Refund::State::Unknown, "unknown"},
};

Refund::State stateFromName(const QString& name)
{
    for (const auto& [state, text] : kStates) {
        if (name == QLatin1String(text))
            return state;
    }
    return Refund::State::Unknown;
}

bool allowed(Refund::State from, Refund::State to)
{
    using S = Refund::State;
    switch (from) {
    case S::Requested:
        return to == S::Pending || to == S::Failed || to == S::Unknown || to == S::Processed;
    case S::Unknown:
        return to == S::Requested || to == S::Pending || to == S::Failed || to == S::Processed;
    case S::Pending:
        return to == S::Processed || to == S::Failed;
    case S::Processed:
    case S::Failed:
        return false;
    }
    return false;
}

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.payment_id, p.invoice_id, p.method, r.currency, r.amount, r.state, r.paystack_refund_id, "
    "p.paystack_transaction_id, p.paystack_reference, a.paystack_request_code, r.reason, r.requested_by, "
    "r.approved_by, r.detail, r.created_at FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN "
    "payment_attempts a ON a.id = p.attempt_id");

Refund readRefund(const QSqlQuery& q)
{
    Refund r;
    r.id = q.value(0).toLongLong();
    r.paymentId = q.value(1).toLongLong();
    r.invoiceId = q.value(2).toLongLong();
    r.method = q.value(3).toString();
    r.amount =
        Money::fromMinor(q.value(5).toLongLong(), Currency::fromCode(q.value(4).toString()).value_or(Currency()));
    r.state = stateFromName(q.value(6).toString());
    r.paystackRefundId = q.value(7).toULongLong();
    r.transactionId = q.value(8).toULongLong();
    r.transactionReference = q.value(9).toString();
    r.requestCode = q.value(10).toString();
    r.reason = q.value(11).toString();
    r.requestedBy = q.value(12).toString();
    r.approvedBy = q.value(13).toString();
    r.detail = q.value(14).toString();
    r.createdAt = sql::readTime(q.value(15));
    return r;
}

} // namespace

QString refundStateName(Refund::State state)
{
    for (const auto& [entry, text] : kStates) {
        if (entry == state)
            return QLatin1String(text);
    }
    return {};
}

QString describe(Refund::State state)
{
    switch (state) {
    case Refund::State::Requested:
        return QCoreApplication::translate("Refunds", "Requested");
    case Refund::State::Pending:
        return QCoreApplication::translate("Refunds", "Pending at Paystack");
    case Refund::State::Processed:
        return QCoreApplication::translate("Refunds", "Refunded");
    case Refund::State::Failed:
        return QCoreApplication::translate("Refunds", "Refund failed");
    case Refund::State::Unknown:
        return QCoreApplication::translate("Refunds", "Outcome unknown, checking with Paystack");
    }
    return {};
}

Result<Refund, QString>
RefundRepository::request(qint64 paymentId, const Money& amount, const QString& reason, const BillingActor& actor) const
{
    if (reason.trimmed().isEmpty())
        return QCoreApplication::translate("Refunds", "Say why the money is refunded.");
    if (!amount.isValid() || amount.isNegative() || amount.isZero())
        return QCoreApplication::translate("Refunds", "Enter an amount above zero.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto approver = InvoiceRepository::approverOf(m_db, actor);
    if (!approver)
        return approver.error().message;
    if (approver->isEmpty())
        return QCoreApplication::translate("Refunds", "Refunds need a supervisor's approval.");
    const bool postgres = m_db.dialect() == Database::Dialect::Postgres;
    auto payment = sql::exec(m_db,
                             QStringLiteral("SELECT method, currency, amount, refunded FROM payments WHERE id = ?%1")
                                 .arg(postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                             {paymentId});
    if (!payment)
        return payment.error().message;
    if (!payment->next())
        return QCoreApplication::translate("Refunds", "This payment does not exist.");
    const QString method = payment->value(0).toString();
    const QString currency = payment->value(1).toString();
    const qint64 paid = payment->value(2).toLongLong();
    const qint64 refunded = payment->value(3).toLongLong();
    payment->finish();
    if (amount.currency().code() != currency)
        return QCoreApplication::translate("Refunds", "This payment was in %1.").arg(currency);
    auto pending =
        sql::exec(m_db,
                  QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE payment_id = ? AND state "
                                 "IN ('requested', 'pending', 'unknown')"),
                  {paymentId});
    if (!pending)
        return pending.error().message;
    const qint64 inFlight = pending->next() ? pending->value(0).toLongLong() : 0;
    pending->finish();
    const qint64 left = paid - refunded - inFlight;
    if (amount.minorUnits() > left)
        return QCoreApplication::translate("Refunds", "At most %1 of this payment can still be refunded.")
            .arg(Money::fromMinor(std::max<qint64>(0, left), amount.currency()).format());
    const QDateTime now = m_clock->nowUtc();
    const QString approvedBy = *approver;
    auto inserted = sql::exec(m_db,
                              QStringLiteral("INSERT INTO refunds (payment_id, currency, amount, state, reason, "
                                             "requested_by, approved_by, created_at, updated_at) VALUES (?, ?, ?, "
                                             "'requested', ?, ?, ?, ?, ?) RETURNING id"),
                              {paymentId, currency, amount.minorUnits(), reason.trimmed(), actor.username, approvedBy,
                               sql::timeValue(now), sql::timeValue(now)});
    if (!inserted || !inserted->next())
        return inserted ? QCoreApplication::translate("Refunds", "The refund's id was not returned.")
                        : inserted.error().message;
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited =
            AuditLog(m_db, *m_clock)
                .append(actor.username, QStringLiteral("refund.requested"), QStringLiteral("refund:%1").arg(id),
                        {{QStringLiteral("payment_id"), paymentId},
                         {QStringLiteral("amount"), amount.toPlainString()},
                         {QStringLiteral("currency"), currency},
                         {QStringLiteral("approved_by"), approvedBy},
                         {QStringLiteral("reason"), reason.trimmed()}});
        !audited)
        return audited.error().message;
    if (method == u"cash") {
        // Handed over at the desk: it counts against the cashier's shift like the cash that came in.
        auto done = transition(id, Refund::State::Processed,
                               QCoreApplication::translate("Refunds", "Cash handed back at the desk"));
        if (!done)
            return done.error();
    }
    return commitAndReadBack(
        tx, [&] { return find(id); }, QCoreApplication::translate("Refunds", "The refund could not be read back."));
}

Result<std::optional<Refund>, DbError> RefundRepository::find(qint64 id) const
{
    return sql::one(m_db, kSelect + QStringLiteral(" WHERE r.id = ?"), {id}, readRefund);
}

Result<QList<Refund>, DbError> RefundRepository::inFlight() const
{
    return sql::all(m_db,
                    kSelect + QStringLiteral(" WHERE r.state IN ('requested', 'pending', 'unknown') ORDER BY r.id"), {},
                    readRefund);
}

Result<QList<Refund>, DbError> RefundRepository::forInvoice(qint64 invoiceId) const
{
    return sql::all(m_db, kSelect + QStringLiteral(" WHERE p.invoice_id = ? ORDER BY r.id"), {invoiceId}, readRefund);
}

Result<std::optional<std::pair<qint64, Money>>, DbError> RefundRepository::refundableForAttempt(qint64 attemptId) const
{
    auto query =
        sql::exec(m_db,
                  QStringLiteral("SELECT p.id, p.currency, p.amount - p.refunded - COALESCE((SELECT SUM(r.amount) "
                                 "FROM refunds r WHERE r.payment_id = p.id AND r.state IN ('requested', "
                                 "'pending', 'unknown')), 0) FROM payments p WHERE p.attempt_id = ?"),
                  {attemptId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<std::pair<qint64, Money>>();
    return std::optional<std::pair<qint64, Money>>(
        std::pair{query->value(0).toLongLong(),
                  Money::fromMinor(query->value(2).toLongLong(),
                                   Currency::fromCode(query->value(1).toString()).value_or(Currency()))});
}

Result<Refund, QString> RefundRepository::transition(
    qint64 id, Refund::State to, const QString& detail, quint64 paystackRefundId, quint64 transactionId) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto current = find(id);
    if (!current)
        return current.error().message;
    if (!current->has_value())
        return QCoreApplication::translate("Refunds", "Refund %1 does not exist.").arg(id);
    Refund refund = **current;
    if (refund.state == to)
        return refund;
    if (!allowed(refund.state, to))
        return QCoreApplication::translate("Refunds", "A refund that is %1 cannot become %2.")
            .arg(refundStateName(refund.state), refundStateName(to));
    auto updated =
        sql::exec(m_db,
                  QStringLiteral("UPDATE refunds SET state = ?, detail = ?, paystack_refund_id = COALESCE(?, "
                                 "paystack_refund_id), updated_at = ? WHERE id = ? AND state = ?"),
                  {refundStateName(to), sql::text(detail), sql::nullableId(qint64(paystackRefundId)),
                   sql::timeValue(m_clock->nowUtc()), id, refundStateName(refund.state)});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() != 1)
        return QCoreApplication::translate("Refunds", "The refund changed meanwhile; try again.");
    if (transactionId != 0) {
        if (auto stored = sql::exec(m_db,
                                    QStringLiteral("UPDATE payments SET paystack_transaction_id = ? WHERE id = ? AND "
                                                   "paystack_transaction_id IS NULL"),
                                    {qint64(transactionId), refund.paymentId});
            !stored)
            return stored.error().message;
    }
    if (auto audited = AuditLog(m_db, *m_clock)
                           .append(QStringLiteral("system"), QStringLiteral("refund.") + refundStateName(to),
                                   QStringLiteral("refund:%1").arg(id),
                                   {{QStringLiteral("amount"), refund.amount.toPlainString()},
                                    {QStringLiteral("detail"), detail}});
        !audited)
        return audited.error().message;
    refund.state = to;
    if (to == Refund::State::Processed) {
        if (auto applied = applyProcessed(refund); !applied)
            return applied.error();
    }
    return commitAndReadBack(
        tx, [&] { return find(id); }, QCoreApplication::translate("Refunds", "The refund could not be read back."));
}

Status<QString> RefundRepository::applyProcessed(const Refund& refund) const
{
    auto payment =
        sql::exec(m_db,
                  QStringLiteral("UPDATE payments SET refunded = refunded + ? WHERE id = ? AND refunded + ? <= "
                                 "amount"),
                  {refund.amount.minorUnits(), refund.paymentId, refund.amount.minorUnits()});
    if (!payment)
        return payment.error().message;
    if (payment->numRowsAffected() != 1)
        return QCoreApplication::translate(
            "Refunds", "The refund is more than is left of the payment: a supervisor must review it.");
    // Fully refunded: the invoice says so; partly: it keeps its status and shows the refunded amount.
    auto invoice = sql::exec(
        m_db,
        QStringLiteral("UPDATE invoices SET refunded = refunded + ?, status = CASE WHEN refunded + ? "
                       ">= paid AND paid > 0 THEN 'refunded' ELSE status END, updated_at = ? WHERE "
                       "id = ?"),
        {refund.amount.minorUnits(), refund.amount.minorUnits(), sql::timeValue(m_clock->nowUtc()), refund.invoiceId});
    if (!invoice)
        return invoice.error().message;
    return {};
}

} // namespace paydesk
