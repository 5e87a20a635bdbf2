#include "airtime/airtime_sale.h"

#include <QCoreApplication>

namespace paydesk::airtime {

namespace {

struct StateName
{
    SaleState state;
    const char* name;
};

constexpr StateName kNames[] = {
    {SaleState::Created, "created"}, {SaleState::Sent, "sent"},       {SaleState::Delivered, "delivered"},
    {SaleState::Failed, "failed"},   {SaleState::Pending, "pending"}, {SaleState::Unknown, "unknown"},
};

} // namespace

QString saleStateName(SaleState state)
{
    for (const StateName& entry : kNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<SaleState> saleStateFromName(const QString& name)
{
    for (const StateName& entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString saleStateLabel(SaleState state)
{
    switch (state) {
    case SaleState::Created:
        return QCoreApplication::translate("AirtimeSale", "Queued: will be sent when the provider can be reached");
    case SaleState::Sent:
        return QCoreApplication::translate("AirtimeSale", "Sending");
    case SaleState::Delivered:
        return QCoreApplication::translate("AirtimeSale", "Delivered");
    case SaleState::Failed:
        return QCoreApplication::translate("AirtimeSale", "Failed: nothing was delivered");
    case SaleState::Pending:
        return QCoreApplication::translate("AirtimeSale", "Pending: the provider is processing it");
    case SaleState::Unknown:
        return QCoreApplication::translate("AirtimeSale", "Pending: no clear answer yet, checking with the provider");
    }
    return {};
}

bool isFinal(SaleState state)
{
    return state == SaleState::Delivered || state == SaleState::Failed;
}

bool canTransition(SaleState from, SaleState to)
{
    switch (from) {
    case SaleState::Created:
        return to == SaleState::Sent;
    case SaleState::Sent:
        // Back to created only when the request provably never left (connection refused, no route).
        return to == SaleState::Delivered || to == SaleState::Failed || to == SaleState::Pending ||
               to == SaleState::Unknown || to == SaleState::Created;
    case SaleState::Pending:
    case SaleState::Unknown:
        return to == SaleState::Delivered || to == SaleState::Failed || to == SaleState::Pending ||
               to == SaleState::Unknown;
    case SaleState::Delivered:
    case SaleState::Failed:
        return false;
    }
    return false;
}

} // namespace paydesk::airtime
