#include "sections.h"

#include <QCoreApplication>

namespace paydesk {

QList<SectionInfo> allSections()
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Sections", text); };
    return {
        {Section::Billing, Role::Cashier, tr("Billing"),
         tr("Find or register patients, bill them from the price list and take payment."),
         QStringLiteral("accessories-calculator")},
        {Section::Airtime, Role::Cashier, tr("Airtime"),
         tr("Sell airtime for MTN, Airtel, Glo, 9mobile and Safaricom from the prefunded wallet."),
         QStringLiteral("phone")},
        {Section::UssdStudio, Role::Supervisor, tr("USSD Studio"),
         tr("Design USSD services, test them in the simulator and serve them to gateways."),
         QStringLiteral("applications-development")},
        {Section::Dashboard, Role::Supervisor, tr("Dashboard"),
         tr("Payment statistics, shift close, reconciliation against Paystack, refunds and waivers."),
         QStringLiteral("x-office-spreadsheet")},
        {Section::Settings, Role::Admin, tr("Settings"),
         tr("This desk's database, server address, Paystack key and name."), QStringLiteral("preferences-system")},
    };
}

QList<SectionInfo> sectionsFor(Role role)
{
    QList<SectionInfo> visible;
    for (const SectionInfo& info : allSections()) {
        if (hasAtLeast(role, info.minimumRole))
            visible << info;
    }
    return visible;
}

} // namespace paydesk
