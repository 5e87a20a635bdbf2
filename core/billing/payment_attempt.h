#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace paydesk {

enum class PaymentMethod { Terminal, Link, Ussd, Cash };
QString paymentMethodName(PaymentMethod method); // as stored: "terminal"
std::optional<PaymentMethod> paymentMethodFromName(const QString& name);
QString describe(PaymentMethod method); // translated

// One state machine for every method. `sent`: Paystack accepted the command (payment request pushed, link
// initialised, USSD charge created); `delivered`: it reached the customer (terminal confirmed, link or code
// shown); `waiting`: for the customer to pay. `unknown`: a command may or may not have happened (a timeout after
// sending); it is settled by asking Paystack, never by guessing and never by sending again under a new reference.
enum class AttemptState { Created, Sent, Delivered, Waiting, Unknown, Succeeded, Failed, Cancelled, Expired };
QString attemptStateName(AttemptState state); // as stored
std::optional<AttemptState> attemptStateFromName(const QString& name);
QString describe(AttemptState state); // translated, for the timeline

bool isFinal(AttemptState state);

// What a cashier asked of a payment in flight, kept on the attempt for the engine that holds the Paystack key
// (paydesk-server, when the desk is on the hospital's shared database). Stronger requests replace weaker ones.
enum class CashierRequest { None, Check, Repush, Cancel };
QString cashierRequestName(CashierRequest request); // as stored: "check", "repush", "cancel"; None is empty
CashierRequest cashierRequestFromName(const QString& name);
// The transition table: no way out of a final state, nothing back to `created` except from `unknown` (Paystack
// confirmed it never saw the command, so the same command may go again under the same reference).
bool canTransition(AttemptState from, AttemptState to, PaymentMethod method);

struct PaymentAttempt
{
    qint64 id = 0;
    QString reference; // ours, unique, sent to Paystack wherever it takes one
    qint64 invoiceId = 0;
    PaymentMethod method = PaymentMethod::Cash;
    AttemptState state = AttemptState::Created;
    QString step; // where a multi-call method got to: "customer", "request", "push", ...
    Money amount;
    std::optional<Money> tendered; // cash
    QString terminalId;
    QString ussdType;
    QString customerCode;
    quint64 requestId = 0;
    QString requestCode;
    QString offlineReference;
    QString terminalEventId;
    quint64 transactionId = 0;
    QString paystackReference;
    QString authorizationUrl;
    QString ussdCode;
    QString detail; // the last thing that happened, in words for the cashier
    QString cashier;
    QString desk;
    QDateTime nextCheckAt;
    int checks = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    CashierRequest request = CashierRequest::None; // waiting for the engine that holds the Paystack key
    QString requestedBy;

    bool inFlight() const { return !isFinal(state); }
};

struct AttemptEvent
{
    qint64 id = 0;
    qint64 attemptId = 0;
    QDateTime at;
    std::optional<AttemptState> from;
    AttemptState to = AttemptState::Created;
    QString actor;
    QString detail;
};

// What Paystack confirmed when it said "paid": the only thing that can move an attempt to `succeeded`.
struct VerifiedPayment
{
    Money amount;
    QString reference; // Paystack's transaction reference (ours for links and USSD)
    quint64 transactionId = 0;
    QDateTime paidAt;
};

} // namespace paydesk
