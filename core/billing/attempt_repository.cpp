#include "billing/attempt_repository.h"

#include "security/audit_log.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace paydesk {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.reference, a.invoice_id, a.method, a.state, a.step, a.currency, a.amount, a.tendered, a.terminal_id, "
    "a.ussd_type, a.paystack_customer_code, a.paystack_request_id, a.paystack_request_code, a.offline_reference, "
    "a.terminal_event_id, a.paystack_transaction_id, a.paystack_reference, a.authorization_url, a.ussd_code, "
    "a.detail, a.cashier, a.desk, a.next_check_at, a.checks, a.created_at, a.updated_at, a.finished_at, "
    "a.requested_action, a.requested_by");

const QString kInFlightStates = QStringLiteral("('created', 'sent', 'delivered', 'waiting', 'unknown')");

PaymentAttempt readAttempt(const QSqlQuery& q)
{
    PaymentAttempt a;
    a.id = q.value(0).toLongLong();
    a.reference = q.value(1).toString();
    a.invoiceId = q.value(2).toLongLong();
    a.method = paymentMethodFromName(q.value(3).toString()).value_or(PaymentMethod::Cash);
    a.state = attemptStateFromName(q.value(4).toString()).value_or(AttemptState::Unknown);
    a.step = q.value(5).toString();
    const Currency currency = Currency::fromCode(q.value(6).toString()).value_or(Currency());
    a.amount = Money::fromMinor(q.value(7).toLongLong(), currency);
    if (!q.value(8).isNull())
        a.tendered = Money::fromMinor(q.value(8).toLongLong(), currency);
    a.terminalId = q.value(9).toString();
    a.ussdType = q.value(10).toString();
    a.customerCode = q.value(11).toString();
    a.requestId = q.value(12).toULongLong();
    a.requestCode = q.value(13).toString();
    a.offlineReference = q.value(14).toString();
    a.terminalEventId = q.value(15).toString();
    a.transactionId = q.value(16).toULongLong();
    a.paystackReference = q.value(17).toString();
    a.authorizationUrl = q.value(18).toString();
    a.ussdCode = q.value(19).toString();
    a.detail = q.value(20).toString();
    a.cashier = q.value(21).toString();
    a.desk = q.value(22).toString();
    a.nextCheckAt = sql::readTime(q.value(23));
    a.checks = q.value(24).toInt();
    a.createdAt = sql::readTime(q.value(25));
    a.updatedAt = sql::readTime(q.value(26));
    a.finishedAt = sql::readTime(q.value(27));
    a.request = cashierRequestFromName(q.value(28).toString());
    a.requestedBy = q.value(29).toString();
    return a;
}

} // namespace

QString AttemptRepository::newReference(const QString& desk)
{
    // Paystack takes letters, digits, '-', '.' and '='. 10 characters of base-32 are 50 bits: no collisions.
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString random;
    for (int i = 0; i < 10; ++i)
        random += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    return QStringLiteral("PD-%1-%2").arg(InvoiceRepository::seriesFor(desk), random);
}

Result<PaymentAttempt, QString> AttemptRepository::create(const NewAttempt& input, const BillingActor& actor) const
{
    if (!input.amount.isValid() || input.amount.isNegative() || input.amount.isZero())
        return QCoreApplication::translate("PaymentAttempts", "Enter an amount above zero.");
    if (input.method == PaymentMethod::Terminal && input.terminalId.isEmpty())
        return QCoreApplication::translate("PaymentAttempts",
                                           "This desk has no Paystack Terminal: choose one in Settings.");
    if (input.method == PaymentMethod::Cash) {
        if (!input.tendered || !(input.tendered->currency() == input.amount.currency()) ||
            *input.tendered < input.amount)
            return QCoreApplication::translate("PaymentAttempts", "The cash tendered must cover the amount.");
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    const bool postgres = m_db.dialect() == Database::Dialect::Postgres;
    auto invoice = sql::exec(m_db,
                             QStringLiteral("SELECT status, currency, total, paid FROM invoices WHERE id = ?%1")
                                 .arg(postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                             {input.invoiceId});
    if (!invoice)
        return invoice.error().message;
    if (!invoice->next())
        return QCoreApplication::translate("PaymentAttempts", "This invoice no longer exists.");
    const QString status = invoice->value(0).toString();
    if (status != u"open" && status != u"part_paid")
        return QCoreApplication::translate("PaymentAttempts", "This invoice is %1: it takes no payment.")
            .arg(describe(invoiceStatusFromName(status).value_or(InvoiceStatus::Void)));
    const Currency currency = Currency::fromCode(invoice->value(1).toString()).value_or(Currency());
    if (!(input.amount.currency() == currency))
        return QCoreApplication::translate("PaymentAttempts", "This invoice is in %1.").arg(currency.code());
    const qint64 left = invoice->value(2).toLongLong() - invoice->value(3).toLongLong();
    auto pending =
        sql::exec(m_db,
                  QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payment_attempts WHERE invoice_id = ? "
                                 "AND state IN %1")
                      .arg(kInFlightStates),
                  {input.invoiceId});
    if (!pending)
        return pending.error().message;
    const qint64 inFlight = pending->next() ? pending->value(0).toLongLong() : 0;
    if (input.amount.minorUnits() > left - inFlight) {
        const Money open = Money::fromMinor(std::max<qint64>(0, left - inFlight), currency);
        return inFlight > 0 ? QCoreApplication::translate(
                                  "PaymentAttempts",
                                  "Only %1 is left to pay once the payments in progress are counted: overpayment is "
                                  "refused.")
                                  .arg(open.format())
                            : QCoreApplication::translate(
                                  "PaymentAttempts", "Only %1 is left to pay on this invoice: overpayment is refused.")
                                  .arg(open.format());
    }
    const QDateTime now = m_clock->nowUtc();
    const QString reference = newReference(actor.desk);
    auto inserted = sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO payment_attempts (reference, invoice_id, method, state, currency, amount, tendered, "
            "terminal_id, ussd_type, cashier, desk, next_check_at, created_at, updated_at) VALUES (?, ?, ?, "
            "'created', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {reference, input.invoiceId, paymentMethodName(input.method), currency.code(), input.amount.minorUnits(),
         input.tendered ? QVariant(input.tendered->minorUnits()) : QVariant(QMetaType::fromType<qlonglong>()),
         input.method == PaymentMethod::Terminal ? sql::nullableText(input.terminalId) : sql::nullableText(QString()),
         input.method == PaymentMethod::Ussd ? sql::nullableText(input.ussdType) : sql::nullableText(QString()),
         actor.username, actor.desk, sql::timeValue(now), sql::timeValue(now), sql::timeValue(now)});
    if (!inserted) {
        if (inserted.error().kind == DbError::Kind::Constraint && input.method == PaymentMethod::Terminal)
            return QCoreApplication::translate(
                       "PaymentAttempts", "Terminal %1 is busy with another payment: finish or cancel that one first.")
                .arg(input.terminalId);
        return inserted.error().message;
    }
    if (!inserted->next())
        return QCoreApplication::translate("PaymentAttempts", "The new payment's id was not returned.");
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto event =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO attempt_events (attempt_id, at, from_state, to_state, actor, "
                                     "detail) VALUES (?, ?, NULL, 'created', ?, ?)"),
                      {id, sql::timeValue(now), actor.username, describe(input.method)});
        !event)
        return event.error().message;
    if (auto audited =
            AuditLog(m_db, *m_clock)
                .append(actor.username, QStringLiteral("payment.started"), QStringLiteral("attempt:%1").arg(id),
                        {{QStringLiteral("reference"), reference},
                         {QStringLiteral("invoice_id"), input.invoiceId},
                         {QStringLiteral("method"), paymentMethodName(input.method)},
                         {QStringLiteral("amount"), input.amount.toPlainString()},
                         {QStringLiteral("currency"), currency.code()}});
        !audited)
        return audited.error().message;
    if (input.method == PaymentMethod::Cash) {
        // The cashier counted the cash: that is the verification.
        const Money change = *input.tendered->minus(input.amount);
        auto paid = transition(id, AttemptState::Succeeded, actor.username,
                               QCoreApplication::translate("PaymentAttempts", "Cash %1 received, change %2")
                                   .arg(input.tendered->format(), change.format()),
                               VerifiedPayment{input.amount, reference, 0, now});
        if (!paid)
            return paid.error();
    }
    return commitAndReadBack(
        tx, [&] { return find(id); },
        QCoreApplication::translate("PaymentAttempts", "The new payment could not be read back."));
}

Result<std::optional<PaymentAttempt>, DbError> AttemptRepository::find(qint64 id) const
{
    return sql::one(m_db, QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.id = ?").arg(kColumns), {id},
                    readAttempt);
}

Result<std::optional<PaymentAttempt>, DbError> AttemptRepository::findByReference(const QString& reference) const
{
    return sql::one(m_db, QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.reference = ?").arg(kColumns),
                    {reference}, readAttempt);
}

Result<std::optional<PaymentAttempt>, DbError> AttemptRepository::findByRequestCode(const QString& requestCode) const
{
    return sql::one(
        m_db,
        QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.paystack_request_code = ? ORDER BY a.id DESC")
            .arg(kColumns),
        {requestCode}, readAttempt);
}

Result<QList<PaymentAttempt>, DbError> AttemptRepository::inFlight(const QString& desk) const
{
    // sql::text: an empty desk (every desk) must bind as '', never as NULL, or the filter matches nothing.
    return sql::all(m_db,
                    QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.state IN %2 AND (? = '' OR a.desk = ?) "
                                   "ORDER BY a.id")
                        .arg(kColumns, kInFlightStates),
                    {sql::text(desk), sql::text(desk)}, readAttempt);
}

Result<QList<PaymentAttempt>, DbError> AttemptRepository::forInvoice(qint64 invoiceId) const
{
    return sql::all(
        m_db, QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.invoice_id = ? ORDER BY a.id").arg(kColumns),
        {invoiceId}, readAttempt);
}

Result<QList<AttemptEvent>, DbError> AttemptRepository::events(qint64 attemptId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, attempt_id, at, from_state, to_state, actor, detail FROM "
                                          "attempt_events WHERE attempt_id = ? ORDER BY id"),
                           {attemptId});
    if (!query)
        return query.error();
    QList<AttemptEvent> events;
    while (query->next()) {
        AttemptEvent event;
        event.id = query->value(0).toLongLong();
        event.attemptId = query->value(1).toLongLong();
        event.at = sql::readTime(query->value(2));
        if (!query->value(3).isNull())
            event.from = attemptStateFromName(query->value(3).toString());
        event.to = attemptStateFromName(query->value(4).toString()).value_or(AttemptState::Unknown);
        event.actor = query->value(5).toString();
        event.detail = query->value(6).toString();
        events << event;
    }
    return events;
}

Result<bool, DbError> AttemptRepository::claim(qint64 id, const QString& driver, const QDateTime& until) const
{
    auto claimed = sql::exec(m_db,
                             QStringLiteral("UPDATE payment_attempts SET driver = ?, driver_until = ? WHERE id = ? AND "
                                            "(driver IS NULL OR driver = ? OR driver_until < ?)"),
                             {driver, sql::timeValue(until), id, driver, sql::timeValue(m_clock->nowUtc())});
    if (!claimed)
        return claimed.error();
    return claimed->numRowsAffected() == 1;
}

Status<DbError> AttemptRepository::release(qint64 id, const QString& driver) const
{
    auto released =
        sql::exec(m_db,
                  QStringLiteral("UPDATE payment_attempts SET driver = NULL, driver_until = NULL WHERE id = ? "
                                 "AND driver = ?"),
                  {id, driver});
    if (!released)
        return released.error();
    return {};
}

Result<bool, QString> AttemptRepository::request(qint64 id, CashierRequest what, const QString& actor) const
{
    // A weaker request never replaces a stronger one still waiting (a "check" after a "cancel").
    auto asked =
        sql::exec(m_db,
                  QStringLiteral(
                      "UPDATE payment_attempts SET requested_action = ?, requested_by = ?, updated_at = ? WHERE id = ? "
                      "AND state IN %1 AND (requested_action IS NULL OR requested_action = ? OR "
                      "requested_action = 'check' OR (requested_action = 'repush' AND ? = 'cancel'))")
                      .arg(kInFlightStates),
                  {cashierRequestName(what), sql::text(actor), sql::timeValue(m_clock->nowUtc()), id,
                   cashierRequestName(what), cashierRequestName(what)});
    if (!asked)
        return asked.error().message;
    return asked->numRowsAffected() == 1;
}

Status<DbError> AttemptRepository::takeRequest(qint64 id, CashierRequest seen) const
{
    // Only the request that was read: one a desk wrote since then stays for the next pass.
    auto taken = sql::exec(m_db,
                           QStringLiteral("UPDATE payment_attempts SET requested_action = NULL, requested_by = NULL "
                                          "WHERE id = ? AND requested_action = ?"),
                           {id, cashierRequestName(seen)});
    if (!taken)
        return taken.error();
    return {};
}

Status<DbError> AttemptRepository::saveProgress(const PaymentAttempt& a) const
{
    auto updated = sql::exec(
        m_db,
        QStringLiteral("UPDATE payment_attempts SET step = ?, paystack_customer_code = ?, paystack_request_id = ?, "
                       "paystack_request_code = ?, offline_reference = ?, terminal_event_id = ?, "
                       "paystack_transaction_id = ?, paystack_reference = ?, authorization_url = ?, ussd_code = ?, "
                       "detail = ?, next_check_at = ?, checks = ?, updated_at = ? WHERE id = ?"),
        {sql::text(a.step), sql::nullableText(a.customerCode), sql::nullableId(qint64(a.requestId)),
         sql::nullableText(a.requestCode), sql::nullableText(a.offlineReference), sql::nullableText(a.terminalEventId),
         sql::nullableId(qint64(a.transactionId)), sql::nullableText(a.paystackReference),
         sql::nullableText(a.authorizationUrl), sql::nullableText(a.ussdCode), sql::text(a.detail),
         sql::timeValue(a.nextCheckAt), a.checks, sql::timeValue(m_clock->nowUtc()), a.id});
    if (!updated)
        return updated.error();
    return {};
}

Result<PaymentAttempt, QString> AttemptRepository::transition(qint64 id,
                                                              AttemptState to,
                                                              const QString& actor,
                                                              const QString& detail,
                                                              const std::optional<VerifiedPayment>& verified) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    const bool postgres = m_db.dialect() == Database::Dialect::Postgres;
    auto current = sql::exec(m_db,
                             QStringLiteral("SELECT %1 FROM payment_attempts a WHERE a.id = ?%2")
                                 .arg(kColumns, postgres ? QStringLiteral(" FOR UPDATE") : QString()),
                             {id});
    if (!current)
        return current.error().message;
    if (!current->next())
        return QCoreApplication::translate("PaymentAttempts", "Payment attempt %1 does not exist.").arg(id);
    PaymentAttempt attempt = readAttempt(*current);
    current->finish();
    if (attempt.state == to)
        return attempt;
    if (!canTransition(attempt.state, to, attempt.method))
        return QCoreApplication::translate("PaymentAttempts", "A payment that is %1 cannot become %2.")
            .arg(describe(attempt.state).toLower(), describe(to).toLower());
    if (to == AttemptState::Succeeded) {
        if (!verified)
            return QCoreApplication::translate("PaymentAttempts",
                                               "A payment is marked paid only with Paystack's verified amount.");
        if (!(verified->amount == attempt.amount))
            return QCoreApplication::translate(
                       "PaymentAttempts",
                       "Paystack reports %1 where %2 was asked: not marked paid, a supervisor must review it.")
                .arg(verified->amount.format(), attempt.amount.format());
    }
    const QDateTime now = m_clock->nowUtc();
    auto updated =
        sql::exec(m_db,
                  QStringLiteral("UPDATE payment_attempts SET state = ?, detail = ?, updated_at = ?, "
                                 "finished_at = ?, paystack_reference = COALESCE(?, paystack_reference), "
                                 "paystack_transaction_id = COALESCE(?, paystack_transaction_id) WHERE id = ?"),
                  {attemptStateName(to), sql::text(detail), sql::timeValue(now),
                   isFinal(to) ? sql::timeValue(now) : sql::timeValue(QDateTime()),
                   verified ? sql::nullableText(verified->reference) : sql::nullableText(QString()),
                   verified ? sql::nullableId(qint64(verified->transactionId)) : sql::nullableId(qint64(0)), id});
    if (!updated)
        return updated.error().message;
    if (auto event = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO attempt_events (attempt_id, at, from_state, to_state, actor, "
                           "detail) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, sql::timeValue(now), attemptStateName(attempt.state), attemptStateName(to), actor, sql::text(detail)});
        !event)
        return event.error().message;
    QJsonObject details{{QStringLiteral("reference"), attempt.reference},
                        {QStringLiteral("from"), attemptStateName(attempt.state)},
                        {QStringLiteral("to"), attemptStateName(to)},
                        {QStringLiteral("detail"), detail}};
    if (auto audited = AuditLog(m_db, *m_clock)
                           .append(actor, QStringLiteral("payment.") + attemptStateName(to),
                                   QStringLiteral("attempt:%1").arg(id), details);
        !audited)
        return audited.error().message;
    attempt.state = to;
    attempt.detail = detail;
    if (to == AttemptState::Succeeded) {
        if (auto recorded = recordPayment(attempt, *verified); !recorded)
            return recorded.error();
    }
    return commitAndReadBack(
        tx, [&] { return find(id); },
        QCoreApplication::translate("PaymentAttempts", "The payment could not be read back."));
}

Status<QString> AttemptRepository::recordPayment(const PaymentAttempt& attempt, const VerifiedPayment& verified) const
{
    const QDateTime paidAt = verified.paidAt.isValid() ? verified.paidAt : m_clock->nowUtc();
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO payments (attempt_id, invoice_id, method, currency, amount, tendered, "
                       "paystack_reference, paystack_transaction_id, cashier, desk, paid_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {attempt.id, attempt.invoiceId, paymentMethodName(attempt.method), attempt.amount.currency().code(),
         attempt.amount.minorUnits(),
         attempt.tendered ? QVariant(attempt.tendered->minorUnits()) : QVariant(QMetaType::fromType<qlonglong>()),
         attempt.method == PaymentMethod::Cash ? sql::nullableText(QString()) : sql::nullableText(verified.reference),
         sql::nullableId(qint64(verified.transactionId)), attempt.cashier, attempt.desk, sql::timeValue(paidAt)});
    if (!inserted)
        return inserted.error().message;
    const QString method = u',' + paymentMethodName(attempt.method) + u',';
    auto invoice = sql::exec(
        m_db,
        QStringLiteral("UPDATE invoices SET paid = paid + ?, status = CASE WHEN paid + ? >= total THEN 'paid' ELSE "
                       "'part_paid' END, methods = CASE WHEN methods LIKE ? THEN methods WHEN methods = '' THEN ? ELSE "
                       "methods || ? END, updated_at = ? WHERE id = ? AND status IN ('open', 'part_paid') AND paid + ? "
                       "<= total AND currency = ?"),
        {attempt.amount.minorUnits(), attempt.amount.minorUnits(), QString(u'%' + method + u'%'), method, method.mid(1),
         sql::timeValue(m_clock->nowUtc()), attempt.invoiceId, attempt.amount.minorUnits(),
         attempt.amount.currency().code()});
    if (!invoice)
        return invoice.error().message;
    if (invoice->numRowsAffected() != 1)
        return QCoreApplication::translate(
            "PaymentAttempts",
            "The invoice cannot take this payment (already paid, void, or another currency): a supervisor must "
            "review it.");
    return {};
}

} // namespace paydesk
