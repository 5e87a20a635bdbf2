#include "config/sample_data.h"

#include "security/user_repository.h"

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
    return {};
}

} // namespace paydesk
