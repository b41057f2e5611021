// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

namespace ss::core {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Owner: return QStringLiteral("owner");
    }
    return QStringLiteral("cashier");
}

std::optional<Role> roleFromKey(QStringView key)
{
    if (key == u"cashier")
        return Role::Cashier;
    if (key == u"manager")
        return Role::Manager;
    if (key == u"owner")
        return Role::Owner;
    return std::nullopt;
}

} // namespace ss::core
