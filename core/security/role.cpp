#include "security/role.h"

#include <QCoreApplication>

namespace paydesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QCoreApplication::translate("Role", "Cashier");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : {Role::Cashier, Role::Supervisor, Role::Admin}) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace paydesk
