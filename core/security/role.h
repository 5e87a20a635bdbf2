#pragma once

#include <QString>

#include <optional>

namespace paydesk {

// Who may do what. Higher roles include the lower ones' rights.
enum class Role { Cashier = 1, Supervisor = 2, Admin = 3 };

QString roleName(Role role);                           // "cashier": stored in the database
QString roleLabel(Role role);                          // "Cashier": shown to people, translated
std::optional<Role> roleFromName(const QString& name); // case-insensitive
inline bool hasAtLeast(Role role, Role needed)
{
    return int(role) >= int(needed);
}

} // namespace paydesk
