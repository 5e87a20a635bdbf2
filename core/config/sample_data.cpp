#include "config/sample_data.h"

#include "airtime/wallet.h"
#include "billing/patient_repository.h"
#include "billing/price_list.h"
#include "security/user_repository.h"
#include "stats/history_generator.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <QFile>

namespace paydesk {

Status<DbError> loadSampleData(const Database& db)
{
    const UserRepository users(db);
    const NewUser accounts[] = {
        {SampleAccounts::kCashier, QStringLiteral("Amina Bello (training cashier)"), Role::Cashier,
         SampleAccounts::kPassword},
        {SampleAccounts::kSupervisor, QStringLiteral("Tunde Okafor (training supervisor)"), Role::Supervisor,
         SampleAccounts::kPassword},
    };
    for (const NewUser& account : accounts) {
        auto existing = users.find(account.username);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        if (auto created = users.create(account, QStringLiteral("sample-data")); !created)
            return created.error();
    }
    // The sample hospital's price list and a few patients, once.
    PriceListRepository prices(db);
    auto priced = prices.count();
    if (!priced)
        return priced.error();
    if (*priced == 0) {
        QFile list(QStringLiteral(":/paydesk/pricelists/sample-hospital.csv"));
        if (!list.open(QIODevice::ReadOnly))
            return DbError{DbError::Kind::Query, QStringLiteral("the sample price list resource is missing")};
        if (auto imported = prices.importCsv(list.readAll(), Currency::ngn(), QStringLiteral("sample-data")); !imported)
            return imported.error();
        SettingsRepository settings(db);
        for (const auto& [key, value] : {std::pair{"billing.hospital_name", "Paydesk Training Hospital"},
                                         std::pair{"billing.hospital_address", "12 Marina Road, Lagos"},
                                         std::pair{"billing.patient_email_domain", "training-hospital.example"}}) {
            if (auto set = settings.setValue(QLatin1String(key), QLatin1String(value), QStringLiteral("sample-data"));
                !set)
                return set.error();
        }
    }
    // The airtime kiosk's opening float, once.
    const airtime::Wallet wallet(db);
    auto entries = wallet.entries(Currency::ngn(), 1);
    if (!entries)
        return entries.error();
    if (entries->isEmpty()) {
        if (auto credited =
                wallet.credit(Money::fromMinor(5000000, Currency::ngn()), airtime::WalletEntry::Kind::Adjustment, 0, 0,
                              QStringLiteral("sample-data"), QStringLiteral("training opening float"));
            !credited)
            return DbError{DbError::Kind::Query, credited.error()};
    }
    PatientRepository patients(db);
    auto registered = patients.count();
    if (!registered)
        return registered.error();
    if (*registered == 0) {
        const PatientInput people[] = {
            {QString(), QStringLiteral("Adebayo"), QStringLiteral("Okafor"), QString(), QStringLiteral("0803 123 4567"),
             QStringLiteral("adebayo.okafor@example.com"), QDate(1984, 3, 2), QString()},
            {QString(), QStringLiteral("Chioma"), QStringLiteral("Eze"), QStringLiteral("Ngozi"),
             QStringLiteral("0805 987 6543"), QString(), QDate(1991, 11, 20), QString()},
            {QString(), QStringLiteral("Ibrahim"), QStringLiteral("Musa"), QString(), QStringLiteral("0703 555 0101"),
             QStringLiteral("ibrahim.musa@example.com"), QDate(1975, 6, 14), QString()},
            {QString(), QStringLiteral("Funmilayo"), QStringLiteral("Adeyemi"), QString(),
             QStringLiteral("0812 222 3344"), QString(), QDate(2016, 1, 9), QStringLiteral("Child; mother pays")},
            {QString(), QStringLiteral("Wanjiru"), QStringLiteral("Kamau"), QString(),
             QStringLiteral("+254 712 345 678"), QStringLiteral("wanjiru.kamau@example.co.ke"), QDate(1988, 8, 30),
             QString()},
        };
        for (const PatientInput& person : people) {
            if (auto created = patients.create(person, QStringLiteral("sample-data")); !created)
                return DbError{DbError::Kind::Query, created.error().message};
        }
    }
    return {};
}

Status<DbError> loadSampleHistory(const Database& db)
{
    auto generated = sql::one(db, QStringLiteral("SELECT count(*) FROM invoices WHERE series = 'generated'"), {},
                              [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!generated)
        return generated.error();
    if (generated->value_or(0) == 0) {
        auto calendar = stats::StatsCalendar::read(db);
        if (!calendar)
            return calendar.error();
        stats::HistorySpec history;
        history.now = QDateTime::currentDateTimeUtc();
        history.lastDay = calendar->localDay(history.now);
        history.firstDay = history.lastDay.addDays(-89);
        history.payments = 6000;
        history.desks = 4;
        history.cashiers = 8;
        history.airtimeSales = 900;
        history.ussdSessions = 700;
        if (auto made = stats::generateHistory(db, history); !made)
            return made.error();
    }
    return {};
}

} // namespace paydesk
