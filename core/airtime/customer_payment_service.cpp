#include "airtime/customer_payment_service.h"

#include "util/logging.h"

#include <QPointer>

namespace paydesk::airtime {

CustomerPaymentService::CustomerPaymentService(Database db,
                                               DatabaseWorker& worker,
                                               PaystackClient& paystack,
                                               AirtimeEngine& engine,
                                               Options options,
                                               const Clock& clock,
                                               QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_paystack(paystack),
      m_engine(engine),
      m_options(std::move(options)),
      m_clock(&clock),
      m_checks(
          this, [this](qint64 id) { verify(id); }, m_options.firstCheckMs, m_options.maxCheckMs)
{}

CustomerPaymentService::~CustomerPaymentService() = default;

void CustomerPaymentService::start()
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString desk = m_options.desk;
    m_worker.run([db, clock, desk] { return CustomerPaymentRepository(db, *clock).open(desk); }, this,
                 [this](const Result<QList<CustomerPayment>, DbError>& open) {
                     if (!open) {
                         qCWarning(lcAirtime)
                             << "customer payments: could not read the open ones:" << open.error().message;
                         return;
                     }
                     for (const CustomerPayment& payment : *open)
                         m_checks.at(payment.id, 0);
                 });
    retryUnsold();
}

void CustomerPaymentService::pay(const NewSale& order, const QString& bank, QObject* context, Done done)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString reference = paystack::newReference(QStringLiteral("AIR-"));
    QPointer<QObject> guard(context);
    auto answer = [guard, done](const Result<CustomerPayment, QString>& result) {
        if (guard)
            done(result);
    };
    m_worker.run(
        [db, clock, order, bank, reference] {
            return CustomerPaymentRepository(db, *clock).create(order, bank, reference);
        },
        this,
        [this, answer](const Result<CustomerPayment, QString>& created) {
            if (!created || created->state != CustomerPayment::State::Created) {
                answer(created); // refused, or the same confirm again: the first payment as it stands
                return;
            }
            emit paymentChanged(*created);
            const CustomerPayment payment = *created;
            paystack::ChargeInput input;
            input.email = m_options.email;
            input.amount = payment.amount();
            input.reference = payment.reference;
            input.channel = paystack::ChargeInput::Channel::Ussd;
            input.ussdType = payment.bank;
            input.metadata = {
                {QStringLiteral("paydesk_reference"), payment.reference},
                {QStringLiteral("airtime"), QString(payment.order.network + QLatin1Char(' ') + payment.order.phone)}};
            const qint64 id = payment.id;
            m_paystack.createCharge(
                input, this, [this, id, answer](const Result<paystack::Charge, PaystackError>& charge) {
                    if (!charge || charge->status == u"failed" || charge->ussdCode.isEmpty()) {
                        // No code, no way to pay: whatever Paystack recorded, nothing can be taken for it.
                        const QString why =
                            !charge ? charge.error().describe()
                                    : tr("Paystack gave no code to dial: %1")
                                          .arg(charge->message.isEmpty() ? charge->status : charge->message);
                        change([id, why](const CustomerPaymentRepository& repo) { return repo.markFailed(id, why); });
                        answer(why);
                        return;
                    }
                    const QString code = charge->ussdCode;
                    change([id, code](const CustomerPaymentRepository& repo) { return repo.setUssdCode(id, code); },
                           [this, id, answer](const CustomerPayment& waiting) {
                               m_checks.at(id, m_options.firstCheckMs);
                               answer(waiting);
                           });
                });
        });
}

void CustomerPaymentService::checkNow(qint64 id)
{
    m_checks.at(id, 0);
}

void CustomerPaymentService::cancel(qint64 id, const QString& actor)
{
    m_checks.forget(id);
    verify(id, actor.isEmpty() ? QStringLiteral("?") : actor);
}

void CustomerPaymentService::retryUnsold()
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString desk = m_options.desk;
    m_worker.run([db, clock, desk] { return CustomerPaymentRepository(db, *clock).paidNotSold(desk); }, this,
                 [this](const Result<QList<CustomerPayment>, DbError>& unsold) {
                     if (!unsold) {
                         qCWarning(lcAirtime)
                             << "customer payments: could not read the unsold ones:" << unsold.error().message;
                         return;
                     }
                     for (const CustomerPayment& payment : *unsold)
                         sell(payment);
                 });
}

void CustomerPaymentService::verify(qint64 id, const QString& cancelledBy)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    m_worker.run([db, clock, id] { return CustomerPaymentRepository(db, *clock).find(id); }, this,
                 [this, id, cancelledBy](const Result<std::optional<CustomerPayment>, DbError>& found) {
                     if (!found || !found->has_value()) {
                         m_checks.forget(id);
                         return;
                     }
                     const CustomerPayment payment = **found;
                     if (payment.state == CustomerPayment::State::Paid) {
                         m_checks.forget(id);
                         sell(payment); // paid already (another check got there first): make sure it is sold
                         return;
                     }
                     m_paystack.verifyTransaction(
                         payment.reference, this,
                         [this, payment, cancelledBy](const Result<paystack::Transaction, PaystackError>& answer) {
                             onVerified(payment, answer, cancelledBy);
                         });
                 });
}

void CustomerPaymentService::onVerified(const CustomerPayment& payment,
                                        const Result<paystack::Transaction, PaystackError>& answer,
                                        const QString& cancelledBy)
{
    const qint64 id = payment.id;
    using Status = paystack::Transaction::Status;
    // Paystack has no transaction for our reference: the charge was never created, so nothing can be paid.
    const bool unknownThere = !answer && answer.error().kind == PaystackError::Kind::NotFound;
    if (answer && answer->status == Status::Success) {
        m_checks.forget(id);
        if (answer->amount != payment.amount()) {
            const QString why = tr("Paystack says %1 was paid, not %2: ask a supervisor to check it.")
                                    .arg(answer->amount.format(), payment.amount().format());
            qCWarning(lcAirtime) << "airtime payment" << payment.reference
                                 << "amount differs:" << answer->amount.minorUnits() << "paid,"
                                 << payment.amount().minorUnits() << "asked";
            change([id, why](const CustomerPaymentRepository& repo) { return repo.markFailed(id, why); });
            return;
        }
        const quint64 transactionId = answer->id;
        change([id, transactionId](const CustomerPaymentRepository& repo) { return repo.markPaid(id, transactionId); },
               [this](const CustomerPayment& paid) { sell(paid); });
        return;
    }
    if (answer && (answer->status == Status::Failed || answer->status == Status::Reversed)) {
        m_checks.forget(id);
        const QString why =
            tr("Not paid: %1.").arg(answer->gatewayResponse.isEmpty() ? answer->statusText : answer->gatewayResponse);
        change([id, why](const CustomerPaymentRepository& repo) { return repo.markFailed(id, why); });
        return;
    }
    const bool asked = answer || unknownThere; // Paystack answered: not paid (yet)
    if (payment.state == CustomerPayment::State::Failed && asked) {
        m_checks.forget(id); // looked at again: still not paid, it stays failed
        return;
    }
    QString why;
    if (asked && payment.state == CustomerPayment::State::Created)
        why = tr("The kiosk stopped before Paystack gave the code to dial; nothing was paid.");
    else if (asked && !cancelledBy.isEmpty())
        why = tr("Cancelled by %1 before it was paid.").arg(cancelledBy);
    else if (asked && payment.createdAt.isValid() &&
             payment.createdAt.addSecs(qint64(m_options.expiryMinutes) * 60) <= m_clock->nowUtc())
        why = tr("The code was not dialled within %n minute(s).", nullptr, m_options.expiryMinutes);
    if (!why.isEmpty()) {
        m_checks.forget(id);
        change([id, why](const CustomerPaymentRepository& repo) { return repo.markFailed(id, why); });
        return;
    }
    if (!asked) {
        qCInfo(lcAirtime) << "airtime payment" << payment.reference << "not verified yet:" << answer.error().describe();
        if (!cancelledBy.isEmpty()) {
            // The vendor wanted out, but whether the customer paid cannot be known now: say so, keep checking.
            const QString detail = tr("Paystack could not be asked whether it was paid (%1); still checking.")
                                       .arg(answer.error().describe());
            change([id, detail](const CustomerPaymentRepository& repo) { return repo.setDetail(id, detail); });
        }
    }
    m_checks.next(id);
}

void CustomerPaymentService::sell(const CustomerPayment& payment)
{
    m_engine.sell(payment.order, this, [this, payment](const Result<AirtimeSale, SaleError>& sold) {
        if (sold) {
            emit paymentSold(payment, *sold);
            return;
        }
        // Paid, not sold: the wallet is short (another sale took it meanwhile) or the database is down. The
        // customer's money is here; the sale is made by retryUnsold() (after a top-up, at start).
        qCWarning(lcAirtime) << "airtime payment" << payment.reference << "paid but not sold:" << sold.error().message;
        const qint64 id = payment.id;
        const QString detail =
            tr("Paid, but the sale could not be made: %1 It is made as soon as that is fixed (after a top-up, or "
               "at the next start).")
                .arg(sold.error().message);
        change([id, detail](const CustomerPaymentRepository& repo) { return repo.setDetail(id, detail); });
    });
}

void CustomerPaymentService::change(
    std::function<Result<CustomerPayment, QString>(const CustomerPaymentRepository&)> change,
    std::function<void(const CustomerPayment&)> then)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    m_worker.run([db, clock, change] { return change(CustomerPaymentRepository(db, *clock)); }, this,
                 [this, then](const Result<CustomerPayment, QString>& changed) {
                     if (!changed) {
                         qCWarning(lcAirtime) << "airtime payment could not be updated:" << changed.error();
                         return;
                     }
                     emit paymentChanged(*changed);
                     if (then)
                         then(*changed);
                 });
}

} // namespace paydesk::airtime
