#include "airtime/topup_service.h"

#include "util/logging.h"

#include <QPointer>

namespace paydesk::airtime {

TopUpService::TopUpService(
    Database db, DatabaseWorker& worker, PaystackClient& paystack, Options options, const Clock& clock, QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_paystack(paystack),
      m_options(std::move(options)),
      m_clock(&clock),
      m_checks(
          this, [this](qint64 id) { verify(id); }, m_options.firstCheckMs, m_options.maxCheckMs)
{}

TopUpService::~TopUpService() = default;

void TopUpService::start()
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString desk = m_options.desk;
    m_worker.run([db, clock, desk] { return TopUpRepository(db, *clock).open(desk); }, this,
                 [this](const Result<QList<TopUp>, DbError>& open) {
                     if (!open) {
                         qCWarning(lcAirtime) << "top-ups: could not read the open ones:" << open.error().message;
                         return;
                     }
                     for (const TopUp& topUp : *open)
                         m_checks.at(topUp.id, 0);
                 });
}

void TopUpService::request(const Money& amount, const QString& actor, QObject* context, Done done)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    const QString desk = m_options.desk;
    const QString reference = paystack::newReference(QStringLiteral("TOPUP-"));
    QPointer<QObject> guard(context);
    auto answer = [guard, done](const Result<TopUp, QString>& result) {
        if (guard)
            done(result);
    };
    m_worker.run([db, clock, reference, amount, actor,
                  desk] { return TopUpRepository(db, *clock).create(reference, amount, actor, desk); },
                 this,
                 [this, amount, answer](const Result<TopUp, QString>& created) {
                     if (!created) {
                         answer(created);
                         return;
                     }
                     emit topUpChanged(*created);
                     const qint64 id = created->id;
                     paystack::TransactionInput input;
                     input.email = m_options.email;
                     input.amount = amount;
                     input.reference = created->reference;
                     m_paystack.initializeTransaction(
                         input, this, [this, id, answer](const Result<paystack::CheckoutLink, PaystackError>& link) {
                             if (!link) {
                                 // Without the link nobody can pay, whatever Paystack recorded: the top-up fails here.
                                 const QString why = link.error().describe();
                                 settle([id, why](const TopUpRepository& repo) { return repo.markFailed(id, why); });
                                 answer(why);
                                 return;
                             }
                             const QString url = link->authorizationUrl;
                             const Database database = m_db;
                             const Clock* clk = m_clock;
                             m_worker.run(
                                 [database, clk, id, url] {
                                     return TopUpRepository(database, *clk).setAuthorizationUrl(id, url);
                                 },
                                 this,
                                 [this, id, answer](const Result<TopUp, QString>& saved) {
                                     if (saved) {
                                         emit topUpChanged(*saved);
                                         m_checks.at(id, m_options.firstCheckMs);
                                     }
                                     answer(saved);
                                 });
                         });
                 });
}

void TopUpService::checkNow(qint64 id)
{
    m_checks.at(id, 0);
}

void TopUpService::cancel(qint64 id, const QString& actor)
{
    m_checks.forget(id);
    verify(id, actor.isEmpty() ? QStringLiteral("?") : actor);
}

void TopUpService::verify(qint64 id, const QString& cancelledBy)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    m_worker.run([db, clock, id] { return TopUpRepository(db, *clock).find(id); }, this,
                 [this, id, cancelledBy](const Result<std::optional<TopUp>, DbError>& found) {
                     if (!found || !found->has_value() || (*found)->state == TopUp::State::Paid) {
                         m_checks.forget(id);
                         return;
                     }
                     const TopUp topUp = **found;
                     m_paystack.verifyTransaction(
                         topUp.reference, this,
                         [this, topUp, cancelledBy](const Result<paystack::Transaction, PaystackError>& answer) {
                             onVerified(topUp, answer, cancelledBy);
                         });
                 });
}

void TopUpService::onVerified(const TopUp& topUp,
                              const Result<paystack::Transaction, PaystackError>& answer,
                              const QString& cancelledBy)
{
    const qint64 id = topUp.id;
    using Status = paystack::Transaction::Status;
    if (answer && answer->status == Status::Success) {
        m_checks.forget(id);
        if (answer->amount != topUp.amount) {
            const QString why = tr("Paystack says %1 was paid, not %2: ask a supervisor to check it.")
                                    .arg(answer->amount.format(), topUp.amount.format());
            qCWarning(lcAirtime) << "top-up" << topUp.reference << "amount differs:" << answer->amount.minorUnits()
                                 << "paid," << topUp.amount.minorUnits() << "asked";
            settle([id, why](const TopUpRepository& repo) { return repo.markFailed(id, why); });
            return;
        }
        const quint64 transactionId = answer->id;
        const QString actor = topUp.requestedBy;
        settle([id, transactionId, actor](const TopUpRepository& repo) {
            return repo.markPaid(id, transactionId, actor);
        });
        return;
    }
    if (answer && (answer->status == Status::Failed || answer->status == Status::Reversed)) {
        m_checks.forget(id);
        const QString why =
            tr("Paystack: the payment %1 (%2).")
                .arg(answer->statusText, answer->gatewayResponse.isEmpty() ? answer->message : answer->gatewayResponse);
        settle([id, why](const TopUpRepository& repo) { return repo.markFailed(id, why); });
        return;
    }
    // Not paid (yet), or Paystack could not be asked.
    if (topUp.state == TopUp::State::Failed) {
        m_checks.forget(id); // looked at again by hand: still not paid, it stays failed
        return;
    }
    if (!cancelledBy.isEmpty() && answer) {
        const QString why = tr("Cancelled by %1 before it was paid.").arg(cancelledBy);
        settle([id, why](const TopUpRepository& repo) { return repo.markFailed(id, why); });
        return;
    }
    if (topUp.createdAt.isValid() &&
        topUp.createdAt.addSecs(qint64(m_options.expiryMinutes) * 60) <= m_clock->nowUtc() && answer) {
        m_checks.forget(id);
        const QString why = tr("Not paid within %n minute(s).", nullptr, m_options.expiryMinutes);
        settle([id, why](const TopUpRepository& repo) { return repo.markFailed(id, why); });
        return;
    }
    if (!answer)
        qCInfo(lcAirtime) << "top-up" << topUp.reference << "not verified yet:" << answer.error().describe();
    m_checks.next(id);
}

void TopUpService::settle(std::function<Result<TopUp, QString>(const TopUpRepository&)> change)
{
    const Database db = m_db;
    const Clock* clock = m_clock;
    m_worker.run([db, clock, change] { return change(TopUpRepository(db, *clock)); }, this,
                 [this](const Result<TopUp, QString>& changed) {
                     if (changed)
                         emit topUpChanged(*changed);
                     else
                         qCWarning(lcAirtime) << "top-up could not be updated:" << changed.error();
                 });
}

} // namespace paydesk::airtime
