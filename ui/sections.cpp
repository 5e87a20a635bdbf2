#include "sections.h"

#include <QCoreApplication>

namespace paydesk {

QList<SectionInfo> allSections()
{
    return {
        {Section::Billing, Role::Cashier, QCoreApplication::translate("Sections", "Billing"),
         QCoreApplication::translate("Sections",
                                     "Find or register patients, bill them from the price list and take payment."),
         QStringLiteral("accessories-calculator")},
        {Section::Airtime, Role::Cashier, QCoreApplication::translate("Sections", "Airtime"),
         QCoreApplication::translate(
             "Sections", "Sell airtime for MTN, Airtel, Glo, 9mobile and Safaricom from the prefunded wallet."),
         QStringLiteral("phone")},
        {Section::UssdStudio, Role::Supervisor, QCoreApplication::translate("Sections", "USSD Studio"),
         QCoreApplication::translate("Sections",
                                     "Design USSD services, test them in the simulator and serve them to gateways."),
         QStringLiteral("applications-development")},
        {Section::Dashboard, Role::Supervisor, QCoreApplication::translate("Sections", "Dashboard"),
         QCoreApplication::translate("Sections",
                                     "Payment statistics, live: what came in, how, through whom, and what is stuck."),
         QStringLiteral("x-office-spreadsheet")},
        {Section::Shifts, Role::Cashier, QCoreApplication::translate("Sections", "Shifts"),
         QCoreApplication::translate(
             "Sections",
             "Open and close your shift with the cash counted by denomination; supervisors sign off Z reports."),
         QStringLiteral("appointment-new")},
        {Section::Reconciliation, Role::Supervisor, QCoreApplication::translate("Sections", "Reconciliation"),
         QCoreApplication::translate(
             "Sections",
             "Our payments against Paystack's transactions and payment requests, our airtime against the provider."),
         QStringLiteral("edit-find-replace")},
        {Section::Settings, Role::Admin, QCoreApplication::translate("Sections", "Settings"),
         QCoreApplication::translate("Sections", "This desk's database, server address, Paystack key and name."),
         QStringLiteral("preferences-system")},
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
