#include "billing/payment_attempt.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

constexpr std::pair<PaymentMethod, const char*> kMethods[] = {
    {PaymentMethod::Terminal, "terminal"},
    {PaymentMethod::Link, "link"},
    {PaymentMethod::Ussd, "ussd"},
    {PaymentMethod::Cash, "cash"},
};

constexpr std::pair<AttemptState, const char*> kStates[] = {
    {AttemptState::Created, "created"}, {AttemptState::Sent, "sent"},           {AttemptState::Delivered, "delivered"},
    {AttemptState::Waiting, "waiting"}, {AttemptState::Unknown, "unknown"},     {AttemptState::Succeeded, "succeeded"},
    {AttemptState::Failed, "failed"},   {AttemptState::Cancelled, "cancelled"}, {AttemptState::Expired, "expired"},
};

template <typename E, std::size_t N> QString nameOf(const std::pair<E, const char*> (&table)[N], E value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char*> (&table)[N], const QString& text)
{
    for (const auto& [entry, name] : table) {
        if (text == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString paymentMethodName(PaymentMethod method)
{
    return nameOf(kMethods, method);
}

std::optional<PaymentMethod> paymentMethodFromName(const QString& name)
{
    return valueOf(kMethods, name);
}

QString describe(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Terminal:
        return QCoreApplication::translate("PaymentAttempt", "Terminal");
    case PaymentMethod::Link:
        return QCoreApplication::translate("PaymentAttempt", "Pay-by-link");
    case PaymentMethod::Ussd:
        return QCoreApplication::translate("PaymentAttempt", "Bank USSD");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentAttempt", "Cash");
    }
    return {};
}

QString attemptStateName(AttemptState state)
{
    return nameOf(kStates, state);
}

std::optional<AttemptState> attemptStateFromName(const QString& name)
{
    return valueOf(kStates, name);
}

QString describe(AttemptState state)
{
    switch (state) {
    case AttemptState::Created:
        return QCoreApplication::translate("PaymentAttempt", "Created");
    case AttemptState::Sent:
        return QCoreApplication::translate("PaymentAttempt", "Sent");
    case AttemptState::Delivered:
        return QCoreApplication::translate("PaymentAttempt", "Delivered");
    case AttemptState::Waiting:
        return QCoreApplication::translate("PaymentAttempt", "Waiting for the customer");
    case AttemptState::Unknown:
        return QCoreApplication::translate("PaymentAttempt", "Outcome unknown, checking with Paystack");
    case AttemptState::Succeeded:
        return QCoreApplication::translate("PaymentAttempt", "Paid");
    case AttemptState::Failed:
        return QCoreApplication::translate("PaymentAttempt", "Failed");
    case AttemptState::Cancelled:
        return QCoreApplication::translate("PaymentAttempt", "Cancelled");
    case AttemptState::Expired:
        return QCoreApplication::translate("PaymentAttempt", "Expired");
    }
    return {};
}

bool isFinal(AttemptState state)
{
    return state == AttemptState::Succeeded || state == AttemptState::Failed || state == AttemptState::Cancelled ||
           state == AttemptState::Expired;
}

QString cashierRequestName(CashierRequest request)
{
    switch (request) {
    case CashierRequest::None:
        return {};
    case CashierRequest::Check:
        return QStringLiteral("check");
    case CashierRequest::Repush:
        return QStringLiteral("repush");
    case CashierRequest::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

CashierRequest cashierRequestFromName(const QString& name)
{
    for (CashierRequest request : {CashierRequest::Check, CashierRequest::Repush, CashierRequest::Cancel})
        if (cashierRequestName(request) == name)
            return request;
    return CashierRequest::None;
}

bool canTransition(AttemptState from, AttemptState to, PaymentMethod method)
{
    using S = AttemptState;
    if (isFinal(from) || from == to)
        return false;
    if (method == PaymentMethod::Cash) // cash is counted at the desk: paid or abandoned, nothing in between
        return from == S::Created && (to == S::Succeeded || to == S::Cancelled);
    switch (to) {
    case S::Created:
        return from == S::Unknown;
    case S::Sent:
        return from == S::Created || from == S::Unknown;
    case S::Delivered:
        return from == S::Sent || from == S::Unknown;
    case S::Waiting:
        return from == S::Sent || from == S::Delivered || from == S::Unknown;
    case S::Unknown:
        return true; // from any state in flight: a call's outcome can always be lost
    case S::Succeeded:
    case S::Failed:
    case S::Cancelled:
    case S::Expired:
        return true; // Paystack's verified answer may arrive at any point in flight
    }
    return false;
}

} // namespace paydesk
