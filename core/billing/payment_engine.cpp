#include "billing/payment_engine.h"

#include "billing/patient_repository.h"
#include "util/backoff.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace paydesk {

namespace {

struct Loaded
{
    bool drivenElsewhere = false; // another engine holds the lease: observe, do not call Paystack
    CashierRequest request = CashierRequest::None; // a desk's, taken off the attempt by this pass
    QString requestedBy;
    std::optional<PaymentAttempt> attempt;
    std::optional<Invoice> invoice;
    std::optional<Patient> patient;
    QString paystackEmail;
    QString error;
};

// Paystack's line items must add up to the amount: discounted lines go as their net amount.
void addLineItems(paystack::PaymentRequestInput& input, const Invoice& invoice)
{
    for (const InvoiceLine& line : invoice.lines) {
        if (line.discount.isZero()) {
            input.lineItems << paystack::LineItem{line.input.description, line.input.unitPrice, line.input.quantity};
        } else {
            const Money net = *line.gross.minus(line.discount);
            if (!net.isZero())
                input.lineItems << paystack::LineItem{
                    QCoreApplication::translate("PaymentEngine", "%1 x%2 (after discount)")
                        .arg(line.input.description)
                        .arg(line.input.quantity),
                    net, 1};
        }
    }
    if (!invoice.totals.tax.isZero())
        input.tax << paystack::TaxItem{QCoreApplication::translate("PaymentEngine", "VAT"), invoice.totals.tax};
}

// A paid payment request: its transaction when Paystack lists it (what a refund needs), else its code.
VerifiedPayment verifiedFrom(const paystack::PaymentRequest& request)
{
    return {request.amount, request.transactionReference.isEmpty() ? request.requestCode : request.transactionReference,
            request.transactionId, request.paidAt};
}

} // namespace

struct PaymentEngine::Run
{
    PaymentAttempt attempt;
    Intent intent = Intent::Advance;
    QString actor;
    Invoice invoice;
    Patient patient;
    QString paystackEmail;
};

PaymentEngine::PaymentEngine(
    Database db, DatabaseWorker& worker, PaystackClient& paystack, Options options, const Clock& clock, QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_paystack(paystack),
      m_options(std::move(options)),
      m_clock(&clock)
{}

PaymentEngine::~PaymentEngine() = default;

void PaymentEngine::start()
{
    if (!m_options.callsPaystack)
        return; // paydesk-server resumes them
    m_worker.run([db = m_db, desk = m_options.desk] { return AttemptRepository(db).inFlight(desk); }, this,
                 [this](const Result<QList<PaymentAttempt>, DbError>& attempts) {
                     if (!attempts) {
                         qCWarning(lcPayments) << "cannot list payments in flight:" << attempts.error().message;
                         QTimer::singleShot(5000, this, &PaymentEngine::start);
                         return;
                     }
                     for (const PaymentAttempt& attempt : *attempts) {
                         qCInfo(lcPayments)
                             << "resuming payment" << attempt.reference << attemptStateName(attempt.state);
                         drive(attempt.id, Intent::Check);
                     }
                 });
}

void PaymentEngine::begin(const NewAttempt& input, const BillingActor& actor, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_worker.run(
        [db = m_db, clock = m_clock, input, actor] { return AttemptRepository(db, *clock).create(input, actor); }, this,
        [this, guard, done](const Result<PaymentAttempt, QString>& created) {
            if (guard)
                done(created);
            if (!created)
                return;
            announce(*created);
            if (created->state == AttemptState::Succeeded)
                emit invoicePaid(created->invoiceId);
            else if (m_options.callsPaystack)
                drive(created->id, Intent::Advance);
            // Otherwise the new row woke paydesk-server (NOTIFY paydesk_work), which makes the calls.
        });
}

void PaymentEngine::checkNow(qint64 attemptId)
{
    if (!m_options.callsPaystack)
        return ask(attemptId, CashierRequest::Check, QString());
    drive(attemptId, Intent::Check);
}

void PaymentEngine::repush(qint64 attemptId)
{
    if (!m_options.callsPaystack)
        return ask(attemptId, CashierRequest::Repush, QString());
    drive(attemptId, Intent::Repush);
}

void PaymentEngine::cancel(qint64 attemptId, const QString& actor)
{
    if (!m_options.callsPaystack)
        return ask(attemptId, CashierRequest::Cancel, actor);
    m_cancelActors.insert(attemptId, actor);
    drive(attemptId, Intent::Cancel, actor);
}

void PaymentEngine::ask(qint64 id, CashierRequest what, const QString& actor)
{
    struct Asked
    {
        QString error;
        std::optional<PaymentAttempt> attempt;
    };
    m_worker.run(
        [db = m_db, clock = m_clock, id, what, actor] {
            Asked asked;
            AttemptRepository attempts(db, *clock);
            if (auto recorded = attempts.request(id, what, actor); !recorded)
                asked.error = recorded.error();
            if (auto found = attempts.find(id); found && found->has_value())
                asked.attempt = **found;
            return asked;
        },
        this,
        [this, id](const Asked& asked) {
            if (!asked.error.isEmpty())
                qCWarning(lcPayments) << "cannot pass on the request for payment" << id << ":" << asked.error;
            if (asked.attempt)
                announce(*asked.attempt);
        });
}

void PaymentEngine::refresh(qint64 attemptId)
{
    m_worker.run([db = m_db, attemptId] { return AttemptRepository(db).find(attemptId); }, this,
                 [this](const Result<std::optional<PaymentAttempt>, DbError>& found) {
                     if (!found || !found->has_value())
                         return;
                     const PaymentAttempt& attempt = **found;
                     const bool wasWatched = m_watched.contains(attempt.id);
                     announce(attempt);
                     if (wasWatched && attempt.state == AttemptState::Succeeded)
                         emit invoicePaid(attempt.invoiceId);
                 });
}

void PaymentEngine::wake(qint64 attemptId)
{
    if (m_options.callsPaystack)
        drive(attemptId, Intent::Check);
}

void PaymentEngine::announce(const PaymentAttempt& attempt)
{
    if (attempt.inFlight())
        m_watched.insert(attempt.id);
    else
        m_watched.remove(attempt.id);
    emit attemptChanged(attempt);
}

void PaymentEngine::hint(const QString& key)
{
    m_worker.run(
        [db = m_db, key] {
            AttemptRepository attempts(db);
            auto byReference = attempts.findByReference(key);
            if (byReference && byReference->has_value())
                return (*byReference)->id;
            auto byCode = attempts.findByRequestCode(key);
            return byCode && byCode->has_value() ? (*byCode)->id : qint64(0);
        },
        this,
        [this](qint64 id) {
            if (id != 0)
                drive(id, Intent::Check);
        });
}

void PaymentEngine::drive(qint64 id, Intent intent, const QString& actor)
{
    if (m_busy.contains(id)) {
        // Keep the strongest wish: cancel over re-push over check over advance.
        if (!m_queued.contains(id) || int(intent) > int(m_queued.value(id)))
            m_queued.insert(id, intent);
        return;
    }
    m_busy.insert(id);
    if (QTimer* timer = m_timers.take(id))
        timer->deleteLater();
    m_worker.run(
        [db = m_db, clock = m_clock, id, name = m_options.name, lease = m_options.leaseSeconds] {
            Loaded loaded;
            auto claimed = AttemptRepository(db, *clock).claim(id, name, clock->nowUtc().addSecs(lease));
            if (!claimed) {
                loaded.error = claimed.error().message;
                return loaded;
            }
            loaded.drivenElsewhere = !*claimed;
            auto attempt = AttemptRepository(db, *clock).find(id);
            if (!attempt || !attempt->has_value()) {
                loaded.error = attempt ? QCoreApplication::translate("PaymentEngine", "payment %1 not found").arg(id)
                                       : attempt.error().message;
                return loaded;
            }
            loaded.attempt = **attempt;
            if (!loaded.drivenElsewhere && loaded.attempt->request != CashierRequest::None &&
                AttemptRepository(db, *clock).takeRequest(id, loaded.attempt->request)) {
                loaded.request = loaded.attempt->request;
                loaded.requestedBy = loaded.attempt->requestedBy;
            }
            auto invoice = InvoiceRepository(db, *clock).find(loaded.attempt->invoiceId);
            if (!invoice || !invoice->has_value()) {
                loaded.error = invoice ? QCoreApplication::translate("PaymentEngine", "invoice not found")
                                       : invoice.error().message;
                return loaded;
            }
            loaded.invoice = **invoice;
            PatientRepository patients(db, *clock);
            auto patient = patients.find(loaded.invoice->patientId);
            if (!patient || !patient->has_value()) {
                loaded.error = patient ? QCoreApplication::translate("PaymentEngine", "patient not found")
                                       : patient.error().message;
                return loaded;
            }
            loaded.patient = **patient;
            loaded.paystackEmail = patients.paystackEmailFor(*loaded.patient);
            return loaded;
        },
        this,
        [this, id, intent, actor](const Loaded& loaded) {
            if (!loaded.error.isEmpty() || !loaded.attempt) {
                qCWarning(lcPayments) << "cannot load payment" << id << loaded.error;
                m_busy.remove(id);
                // The database may be down: try again later, never drop the attempt.
                scheduleDrive(id, m_options.maxCheckMs, Intent::Check, QString());
                return;
            }
            if (loaded.drivenElsewhere) {
                // Another desk or server is on it: show what it has done, look again later, never call Paystack.
                m_busy.remove(id);
                announce(*loaded.attempt);
                // The cashier's wish (cancel, re-push) waits for the lease, it is not dropped.
                if (loaded.attempt->inFlight())
                    scheduleDrive(id, m_options.deliveryCheckMs * 2, intent, actor);
                return;
            }
            auto run = std::make_shared<Run>();
            run->attempt = *loaded.attempt;
            run->intent = intent;
            run->actor = actor.isEmpty() ? m_cancelActors.value(id, QStringLiteral("system")) : actor;
            // A desk's request (it holds no Paystack key) counts as if its cashier had pressed the key here.
            static constexpr Intent kIntentFor[] = {Intent::Advance, Intent::Check, Intent::Repush, Intent::Cancel};
            if (const Intent asked = kIntentFor[int(loaded.request)]; int(asked) > int(run->intent)) {
                run->intent = asked;
                if (!loaded.requestedBy.isEmpty())
                    run->actor = loaded.requestedBy;
            }
            run->invoice = *loaded.invoice;
            run->patient = *loaded.patient;
            run->paystackEmail = loaded.paystackEmail;
            step(run);
        });
}

void PaymentEngine::step(const std::shared_ptr<Run>& run)
{
    const PaymentAttempt& a = run->attempt;
    if (isFinal(a.state))
        return finish(run, -1);
    if (run->intent == Intent::Cancel)
        return cancelAttempt(run);
    switch (a.state) {
    case AttemptState::Created:
        if (a.customerCode.isEmpty())
            return ensureCustomer(run);
        return sendCommand(run);
    case AttemptState::Sent:
        if (a.method == PaymentMethod::Terminal)
            return checkDelivery(run);
        return move(run, AttemptState::Delivered, a.detail, std::nullopt, [this, run] { step(run); });
    case AttemptState::Delivered:
        return move(run, AttemptState::Waiting,
                    a.method == PaymentMethod::Terminal
                        ? QCoreApplication::translate("PaymentEngine", "Waiting for card")
                        : QCoreApplication::translate("PaymentEngine", "Waiting for the customer"),
                    std::nullopt, [this, run] { finish(run, m_options.firstCheckMs); });
    case AttemptState::Waiting:
        if (run->intent == Intent::Repush && a.method == PaymentMethod::Terminal)
            return pushToTerminal(run);
        return verify(run);
    case AttemptState::Unknown:
        return resolveUnknown(run);
    default:
        return finish(run, -1);
    }
}

void PaymentEngine::finish(const std::shared_ptr<Run>& run, int nextCheckMs)
{
    PaymentAttempt& a = run->attempt;
    const qint64 id = a.id;
    a.nextCheckAt = nextCheckMs >= 0 ? m_clock->nowUtc().addMSecs(nextCheckMs) : QDateTime();
    save(run, [this, run, id, nextCheckMs] {
        m_worker.run([db = m_db, id, name = m_options.name] { return AttemptRepository(db).release(id, name).ok(); },
                     this, [](bool) {});
        m_busy.remove(id);
        announce(run->attempt);
        if (m_queued.contains(id)) {
            drive(id, m_queued.take(id));
            return;
        }
        if (nextCheckMs < 0 || isFinal(run->attempt.state)) {
            m_cancelActors.remove(id);
            return;
        }
        scheduleDrive(id, nextCheckMs, Intent::Check, QString());
    });
}

void PaymentEngine::scheduleDrive(qint64 id, int ms, Intent intent, const QString& actor)
{
    if (QTimer* previous = m_timers.take(id))
        previous->deleteLater();
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, intent, actor] {
        if (QTimer* done = m_timers.take(id))
            done->deleteLater();
        drive(id, intent, actor);
    });
    timer->start(ms);
    m_timers.insert(id, timer);
}

int PaymentEngine::backoffMs(const PaymentAttempt& attempt) const
{
    return int(paydesk::backoffMs(m_options.firstCheckMs, m_options.maxCheckMs, attempt.checks));
}

void PaymentEngine::save(const std::shared_ptr<Run>& run, std::function<void()> next)
{
    m_worker.run([db = m_db, clock = m_clock,
                  attempt = run->attempt] { return AttemptRepository(db, *clock).saveProgress(attempt); },
                 this,
                 [next = std::move(next)](const Status<DbError>& saved) {
                     if (!saved)
                         qCWarning(lcPayments) << "cannot save payment progress:" << saved.error().message;
                     next();
                 });
}

void PaymentEngine::move(const std::shared_ptr<Run>& run,
                         AttemptState to,
                         const QString& detail,
                         std::optional<VerifiedPayment> verified,
                         std::function<void()> next)
{
    // Whatever was learnt on the way is saved first, then the state moves in its own transaction.
    save(run, [this, run, to, detail, verified, next = std::move(next)] {
        m_worker.run(
            [db = m_db, clock = m_clock, id = run->attempt.id, to, detail, verified, actor = run->actor] {
                return AttemptRepository(db, *clock).transition(id, to, actor, detail, verified);
            },
            this,
            [this, run, to, next](const Result<PaymentAttempt, QString>& moved) {
                if (!moved) {
                    qCWarning(lcPayments) << "payment" << run->attempt.reference << "did not move to"
                                          << attemptStateName(to) << ":" << moved.error();
                    run->attempt.detail = moved.error();
                    return finish(run, m_options.maxCheckMs);
                }
                const QString step = run->attempt.step;
                run->attempt = *moved;
                run->attempt.step = step;
                announce(run->attempt);
                if (to == AttemptState::Succeeded)
                    emit invoicePaid(run->attempt.invoiceId);
                next();
            });
    });
}

void PaymentEngine::failedCall(const std::shared_ptr<Run>& run, const PaystackError& error)
{
    PaymentAttempt& a = run->attempt;
    qCInfo(lcPayments) << "payment" << a.reference << "step" << a.step << "failed:" << error.message;
    a.detail = error.describe();
    const bool command = a.state == AttemptState::Created;
    if (command && (error.outcomeUnknown() || error.kind == PaystackError::Kind::BadResponse))
        return move(run, AttemptState::Unknown, error.describe(), std::nullopt,
                    [this, run] { finish(run, m_options.deliveryCheckMs); });
    const bool refused = error.kind == PaystackError::Kind::Validation || error.kind == PaystackError::Kind::Api ||
                         error.kind == PaystackError::Kind::Processor;
    if (command && refused)
        return move(run, AttemptState::Failed, error.describe(), std::nullopt, [this, run] { finish(run, -1); });
    ++a.checks;
    finish(run, backoffMs(a));
}

void PaymentEngine::ensureCustomer(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    if (a.method == PaymentMethod::Cash)
        return finish(run, -1);
    if (!run->patient.paystackCustomerCode.isEmpty()) {
        a.customerCode = run->patient.paystackCustomerCode;
        return step(run);
    }
    auto link = [this, run](const paystack::Customer& customer) {
        m_worker.run(
            [db = m_db, clock = m_clock, patientId = run->patient.id, customer, email = run->paystackEmail] {
                return PatientRepository(db, *clock).linkPaystackCustomer(patientId, customer.id, customer.code, email);
            },
            this,
            [this, run](const Result<QString, DbError>& stored) {
                if (!stored || stored->isEmpty()) {
                    run->attempt.detail =
                        stored ? QCoreApplication::translate("PaymentEngine", "The Paystack customer was not stored.")
                               : stored.error().message;
                    return finish(run, m_options.maxCheckMs);
                }
                run->attempt.customerCode = *stored;
                run->patient.paystackCustomerCode = *stored;
                run->attempt.step = QStringLiteral("customer");
                step(run);
            });
    };
    a.step = QStringLiteral("customer");
    // Look up by e-mail first: a patient registered at another desk, or a retry after a lost answer, must not
    // become a second customer.
    m_paystack.fetchCustomer(
        run->paystackEmail, this, [this, run, link](const Result<paystack::Customer, PaystackError>& found) {
            if (found)
                return link(*found);
            if (found.error().kind != PaystackError::Kind::NotFound)
                return failedCall(run, found.error());
            paystack::CustomerInput input;
            input.email = run->paystackEmail;
            input.firstName = run->patient.firstName;
            input.lastName = run->patient.lastName;
            input.phone = run->patient.phone;
            input.metadata = {{QStringLiteral("hospital_number"), run->patient.hospitalNumber}};
            m_paystack.createCustomer(input, this,
                                      [this, run, link](const Result<paystack::Customer, PaystackError>& created) {
                                          if (!created) {
                                              // Creating a customer moves no money and is found by e-mail next time:
                                              // retry, never `unknown`.
                                              PaystackError error = created.error();
                                              if (error.outcomeUnknown())
                                                  error.kind = PaystackError::Kind::Network;
                                              return failedCall(run, error);
                                          }
                                          link(*created);
                                      });
        });
}

void PaymentEngine::sendCommand(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    switch (a.method) {
    case PaymentMethod::Terminal:
        return a.requestCode.isEmpty() ? createPaymentRequest(run) : pushToTerminal(run);
    case PaymentMethod::Link: {
        paystack::TransactionInput input;
        input.email = run->paystackEmail;
        input.amount = a.amount;
        input.reference = a.reference;
        input.callbackUrl = m_options.callbackUrl;
        input.metadata = {{QStringLiteral("paydesk_reference"), a.reference},
                          {QStringLiteral("invoice"), run->invoice.number}};
        a.step = QStringLiteral("initialize");
        m_paystack.initializeTransaction(
            input, this, [this, run](const Result<paystack::CheckoutLink, PaystackError>& link) {
                if (!link)
                    return failedCall(run, link.error());
                run->attempt.authorizationUrl = link->authorizationUrl;
                move(run, AttemptState::Sent, QCoreApplication::translate("PaymentEngine", "Payment link created"),
                     std::nullopt, [this, run] {
                         move(run, AttemptState::Delivered,
                              QCoreApplication::translate("PaymentEngine",
                                                          "Link ready: show the QR code or send the link"),
                              std::nullopt, [this, run] { step(run); });
                     });
            });
        return;
    }
    case PaymentMethod::Ussd: {
        paystack::ChargeInput input;
        input.email = run->paystackEmail;
        input.amount = a.amount;
        input.reference = a.reference;
        input.channel = paystack::ChargeInput::Channel::Ussd;
        input.ussdType = a.ussdType.isEmpty() ? QStringLiteral("737") : a.ussdType;
        input.metadata = {{QStringLiteral("paydesk_reference"), a.reference},
                          {QStringLiteral("invoice"), run->invoice.number}};
        a.step = QStringLiteral("charge");
        m_paystack.createCharge(input, this, [this, run](const Result<paystack::Charge, PaystackError>& charge) {
            if (!charge)
                return failedCall(run, charge.error());
            if (charge->status == u"failed")
                return move(run, AttemptState::Failed,
                            QCoreApplication::translate("PaymentEngine", "Paystack refused the USSD charge: %1")
                                .arg(charge->message),
                            std::nullopt, [this, run] { finish(run, -1); });
            run->attempt.ussdCode = charge->ussdCode;
            move(run, AttemptState::Sent, QCoreApplication::translate("PaymentEngine", "USSD charge created"),
                 std::nullopt, [this, run] {
                     move(
                         run, AttemptState::Delivered,
                         QCoreApplication::translate("PaymentEngine", "Customer to dial %1").arg(run->attempt.ussdCode),
                         std::nullopt, [this, run] { step(run); });
                 });
        });
        return;
    }
    case PaymentMethod::Cash:
        return finish(run, -1);
    }
}

void PaymentEngine::createPaymentRequest(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    const Invoice& invoice = run->invoice;
    paystack::PaymentRequestInput input;
    input.customer = a.customerCode;
    input.currencyCode = a.amount.currency().code();
    input.metadata = {{QStringLiteral("paydesk_reference"), a.reference}, {QStringLiteral("invoice"), invoice.number}};
    if (a.amount == invoice.totals.total && invoice.paid.isZero()) {
        input.description = QCoreApplication::translate("PaymentEngine", "Invoice %1").arg(invoice.number);
        addLineItems(input, invoice);
    } else {
        input.description =
            QCoreApplication::translate("PaymentEngine", "Part payment of invoice %1").arg(invoice.number);
        input.amount = a.amount;
    }
    a.step = QStringLiteral("request");
    m_paystack.createPaymentRequest(
        input, this, [this, run](const Result<paystack::PaymentRequest, PaystackError>& made) {
            if (!made)
                return failedCall(run, made.error());
            PaymentAttempt& attempt = run->attempt;
            attempt.requestId = made->id;
            attempt.requestCode = made->requestCode;
            attempt.offlineReference = made->offlineReference;
            attempt.detail =
                QCoreApplication::translate("PaymentEngine", "Payment request %1 created").arg(made->requestCode);
            save(run, [this, run] { pushToTerminal(run); });
        });
}

void PaymentEngine::pushToTerminal(const std::shared_ptr<Run>& run)
{
    const QString terminal = run->attempt.terminalId;
    run->attempt.step = QStringLiteral("push");
    m_paystack.terminalPresence(
        terminal, this, [this, run, terminal](const Result<paystack::TerminalPresence, PaystackError>& presence) {
            PaymentAttempt& a = run->attempt;
            if (!presence)
                return failedCall(run, presence.error());
            if (!presence->online || (!presence->available && a.state == AttemptState::Created)) {
                a.detail = !presence->online
                               ? QCoreApplication::translate(
                                     "PaymentEngine",
                                     "Terminal %1 is offline: switch it on or check its network, then press Check now.")
                                     .arg(terminal)
                               : QCoreApplication::translate("PaymentEngine",
                                                             "Terminal %1 is busy with another payment: finish it on "
                                                             "the terminal, then press Check now.")
                                     .arg(terminal);
                ++a.checks;
                return finish(run, std::min(backoffMs(a), 15000));
            }
            paystack::PaymentRequest request;
            request.id = a.requestId;
            request.offlineReference = a.offlineReference;
            m_paystack.sendTerminalEvent(
                terminal, paystack::TerminalEvent::processInvoice(request), this,
                [this, run, terminal](const Result<QString, PaystackError>& sent) {
                    PaymentAttempt& attempt = run->attempt;
                    const bool unknown = !sent && sent.error().outcomeUnknown();
                    if (!sent && !unknown) {
                        attempt.detail = sent.error().describe();
                        ++attempt.checks;
                        return finish(run, std::min(backoffMs(attempt), 15000));
                    }
                    attempt.terminalEventId = sent ? *sent : QString();
                    attempt.checks = 0;
                    const QString words =
                        unknown ? QCoreApplication::translate("PaymentEngine",
                                                              "Sent to terminal %1 (delivery not confirmed)")
                                      .arg(terminal)
                                : QCoreApplication::translate("PaymentEngine", "Sent to terminal %1").arg(terminal);
                    if (attempt.state != AttemptState::Created) { // a re-push
                        attempt.detail =
                            QCoreApplication::translate("PaymentEngine", "Pushed again to terminal %1").arg(terminal);
                        return finish(run, m_options.deliveryCheckMs);
                    }
                    move(run, AttemptState::Sent, words, std::nullopt,
                         [this, run] { finish(run, m_options.deliveryCheckMs); });
                });
        });
}

void PaymentEngine::checkDelivery(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    auto delivered = [this, run] {
        move(run, AttemptState::Delivered,
             QCoreApplication::translate("PaymentEngine", "Delivered to terminal %1").arg(run->attempt.terminalId),
             std::nullopt, [this, run] { step(run); });
    };
    if (a.terminalEventId.isEmpty()) // the push's answer was lost: the request itself is what we watch
        return move(run, AttemptState::Waiting, QCoreApplication::translate("PaymentEngine", "Waiting for card"),
                    std::nullopt, [this, run] { verify(run); });
    m_paystack.terminalEventDelivered(
        a.terminalId, a.terminalEventId, this, [this, run, delivered](const Result<bool, PaystackError>& answer) {
            if (!answer)
                return failedCall(run, answer.error());
            if (*answer)
                return delivered();
            PaymentAttempt& attempt = run->attempt;
            ++attempt.checks;
            if (attempt.checks >= 10)
                attempt.detail =
                    QCoreApplication::translate("PaymentEngine", "Not yet on terminal %1: is it on and connected? "
                                                                 "Re-push or cancel.")
                        .arg(attempt.terminalId);
            finish(run, m_options.deliveryCheckMs);
        });
}

void PaymentEngine::onVerified(const std::shared_ptr<Run>& run, const VerifiedPayment& payment, const QString& words)
{
    move(run, AttemptState::Succeeded, words, payment, [this, run] { finish(run, -1); });
}

void PaymentEngine::notPaidYet(const std::shared_ptr<Run>& run, const QString& words, int expiryMinutes)
{
    PaymentAttempt& a = run->attempt;
    if (expiryMinutes > 0 && a.createdAt.addSecs(qint64(expiryMinutes) * 60) < m_clock->nowUtc())
        return move(run, AttemptState::Expired,
                    QCoreApplication::translate("PaymentEngine", "Not paid within %1 minutes").arg(expiryMinutes),
                    std::nullopt, [this, run] { finish(run, -1); });
    if (run->intent == Intent::Cancel)
        return move(run, AttemptState::Cancelled,
                    QCoreApplication::translate("PaymentEngine", "Cancelled by %1").arg(run->actor), std::nullopt,
                    [this, run] { finish(run, -1); });
    if (a.state == AttemptState::Unknown)
        return move(run, AttemptState::Waiting, words, std::nullopt,
                    [this, run] { finish(run, m_options.firstCheckMs); });
    a.detail = words;
    ++a.checks;
    finish(run, backoffMs(a));
}

void PaymentEngine::verify(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    if (a.method == PaymentMethod::Terminal) {
        if (a.requestCode.isEmpty())
            return finish(run, -1);
        m_paystack.verifyPaymentRequest(
            a.requestCode, this, [this, run](const Result<paystack::PaymentRequest, PaystackError>& request) {
                if (!request)
                    return failedCall(run, request.error());
                if (request->paid || request->status == paystack::PaymentRequest::Status::Success) {
                    const VerifiedPayment payment = verifiedFrom(*request);
                    return onVerified(
                        run, payment,
                        QCoreApplication::translate("PaymentEngine", "Paid %1 on terminal %2 (%3)")
                            .arg(request->amount.format(), run->attempt.terminalId, request->requestCode));
                }
                if (request->status == paystack::PaymentRequest::Status::Failed)
                    return move(
                        run, AttemptState::Failed,
                        QCoreApplication::translate("PaymentEngine", "Paystack marked the payment request failed"),
                        std::nullopt, [this, run] { finish(run, -1); });
                if (request->archived && run->intent != Intent::Cancel)
                    return move(run, AttemptState::Cancelled,
                                QCoreApplication::translate("PaymentEngine", "The payment request was withdrawn"),
                                std::nullopt, [this, run] { finish(run, -1); });
                notPaidYet(run,
                           QCoreApplication::translate("PaymentEngine", "Waiting for card on terminal %1")
                               .arg(run->attempt.terminalId),
                           0);
            });
        return;
    }
    m_paystack.verifyTransaction(
        a.reference, this, [this, run](const Result<paystack::Transaction, PaystackError>& tx) {
            PaymentAttempt& attempt = run->attempt;
            const int expiry =
                attempt.method == PaymentMethod::Link ? m_options.linkExpiryMinutes : m_options.ussdExpiryMinutes;
            if (!tx) {
                if (tx.error().kind == PaystackError::Kind::NotFound)
                    return notPaidYet(run, QCoreApplication::translate("PaymentEngine", "Waiting for the customer"),
                                      expiry);
                return failedCall(run, tx.error());
            }
            using S = paystack::Transaction::Status;
            if (tx->status == S::Success) {
                VerifiedPayment payment{tx->amount, tx->reference, tx->id, tx->paidAt};
                return onVerified(run, payment,
                                  QCoreApplication::translate("PaymentEngine", "Paid %1 by %2 (ref %3)")
                                      .arg(tx->amount.format(), describe(attempt.method), tx->reference));
            }
            if (tx->status == S::Failed || tx->status == S::Reversed)
                return move(run, AttemptState::Failed,
                            QCoreApplication::translate("PaymentEngine", "Payment failed: %1")
                                .arg(tx->gatewayResponse.isEmpty() ? tx->statusText : tx->gatewayResponse),
                            std::nullopt, [this, run] { finish(run, -1); });
            notPaidYet(run,
                       attempt.method == PaymentMethod::Link
                           ? QCoreApplication::translate("PaymentEngine", "Waiting for the customer to pay by link")
                           : QCoreApplication::translate("PaymentEngine", "Waiting for the customer to dial %1")
                                 .arg(attempt.ussdCode),
                       expiry);
        });
}

void PaymentEngine::resolveUnknown(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    if (a.method == PaymentMethod::Terminal && a.requestCode.isEmpty()) {
        // Did Paystack create the payment request before the answer was lost? Our reference is in its metadata.
        paystack::ListQuery query;
        query.perPage = 100;
        query.from = a.createdAt.addSecs(-300);
        m_paystack.listPaymentRequests(
            query, this, [this, run](const Result<paystack::Page<paystack::PaymentRequest>, PaystackError>& page) {
                if (!page) {
                    ++run->attempt.checks;
                    run->attempt.detail = page.error().describe();
                    return finish(run, backoffMs(run->attempt));
                }
                for (const paystack::PaymentRequest& request : page->items) {
                    if (request.metadata.value(QStringLiteral("paydesk_reference")).toString() ==
                        run->attempt.reference) {
                        run->attempt.requestId = request.id;
                        run->attempt.requestCode = request.requestCode;
                        run->attempt.offlineReference = request.offlineReference;
                        return move(
                            run, AttemptState::Created,
                            QCoreApplication::translate("PaymentEngine", "Paystack has payment request %1: continuing")
                                .arg(request.requestCode),
                            std::nullopt, [this, run] { step(run); });
                    }
                }
                move(run, AttemptState::Created,
                     QCoreApplication::translate("PaymentEngine",
                                                 "Paystack never received the payment request: sending it again"),
                     std::nullopt, [this, run] { step(run); });
            });
        return;
    }
    if (a.method == PaymentMethod::Terminal)
        return verify(run);
    m_paystack.verifyTransaction(
        a.reference, this, [this, run](const Result<paystack::Transaction, PaystackError>& tx) {
            if (!tx && tx.error().kind == PaystackError::Kind::NotFound)
                return move(run, AttemptState::Created,
                            QCoreApplication::translate(
                                "PaymentEngine", "Paystack never received it: sending again with the same reference"),
                            std::nullopt, [this, run] { step(run); });
            if (!tx) {
                ++run->attempt.checks;
                run->attempt.detail = tx.error().describe();
                return finish(run, backoffMs(run->attempt));
            }
            verify(run);
        });
}

void PaymentEngine::cancelAttempt(const std::shared_ptr<Run>& run)
{
    PaymentAttempt& a = run->attempt;
    const QString words = QCoreApplication::translate("PaymentEngine", "Cancelled by %1").arg(run->actor);
    if (a.state == AttemptState::Unknown) {
        a.detail = QCoreApplication::translate(
            "PaymentEngine", "Paystack has not answered yet: the payment can be cancelled once its outcome is known.");
        run->intent = Intent::Check;
        return resolveUnknown(run);
    }
    if (a.state == AttemptState::Created && a.requestCode.isEmpty() && a.authorizationUrl.isEmpty() &&
        a.ussdCode.isEmpty())
        return move(run, AttemptState::Cancelled, words, std::nullopt, [this, run] { finish(run, -1); });
    if (a.method != PaymentMethod::Terminal)
        return verify(run); // paid meanwhile → succeeded; otherwise notPaidYet() cancels
    // Withdraw the request so the terminal cannot take a card for it any more, then look once more: a card
    // tapped a moment before the withdrawal is still money received.
    m_paystack.archivePaymentRequest(
        a.requestCode, this, [this, run](const Result<PaystackClient::Ack, PaystackError>& archived) {
            if (!archived && archived.error().kind != PaystackError::Kind::NotFound) {
                run->attempt.detail = archived.error().describe();
                run->intent = Intent::Check;
                return finish(run, backoffMs(run->attempt));
            }
            // Verify no longer answers for a withdrawn request; fetch still does, with its paid flag.
            m_paystack.fetchPaymentRequest(
                run->attempt.requestCode, this,
                [this, run](const Result<paystack::PaymentRequest, PaystackError>& request) {
                    if (!request) {
                        run->attempt.detail = request.error().describe();
                        return finish(run, backoffMs(run->attempt));
                    }
                    if (request->paid)
                        return onVerified(run, verifiedFrom(*request),
                                          QCoreApplication::translate(
                                              "PaymentEngine", "Paid %1 on terminal %2 just before it was cancelled")
                                              .arg(request->amount.format(), run->attempt.terminalId));
                    move(run, AttemptState::Cancelled,
                         QCoreApplication::translate("PaymentEngine",
                                                     "Cancelled by %1; the request was withdrawn from terminal %2")
                             .arg(run->actor, run->attempt.terminalId),
                         std::nullopt, [this, run] { finish(run, -1); });
                });
        });
}

} // namespace paydesk
