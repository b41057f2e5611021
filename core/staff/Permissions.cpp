// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/Permissions.h"

#include <QStringList>

namespace ss::core {

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::Catalogue: return QStringLiteral("catalogue");
    case Permission::Prices: return QStringLiteral("prices");
    case Permission::ImportExport: return QStringLiteral("import_export");
    case Permission::Stock: return QStringLiteral("stock");
    case Permission::StaffAccounts: return QStringLiteral("staff_accounts");
    case Permission::CustomerRecords: return QStringLiteral("customer_records");
    case Permission::ShelfLabels: return QStringLiteral("shelf_labels");
    }
    return {};
}

std::optional<Permission> permissionFromKey(QStringView key)
{
    for (Permission permission : kPermissions) {
        if (key == permissionKey(permission))
            return permission;
    }
    return std::nullopt;
}

std::uint32_t RolePermissions::bit(Permission permission)
{
    return 1U << static_cast<unsigned>(permission);
}

RolePermissions RolePermissions::defaults()
{
    RolePermissions permissions;
    for (Permission permission : kPermissions)
        permissions.setManagerMay(permission, true);
    return permissions;
}

RolePermissions RolePermissions::fromKey(const std::optional<QString>& stored)
{
    if (!stored)
        return defaults();
    RolePermissions permissions;
    for (const QString& name : stored->split(u',', Qt::SkipEmptyParts)) {
        if (const auto permission = permissionFromKey(name.trimmed()))
            permissions.setManagerMay(*permission, true);
    }
    return permissions;
}

QString RolePermissions::toKey() const
{
    QStringList names;
    for (Permission permission : kPermissions) {
        if (managerMay(permission))
            names << permissionKey(permission);
    }
    return names.join(u',');
}

bool RolePermissions::allows(Role role, Permission permission) const
{
    switch (role) {
    case Role::Owner: return true;
    case Role::Manager: return managerMay(permission);
    case Role::Cashier: return false;
    }
    return false;
}

bool RolePermissions::managerMay(Permission permission) const
{
    return (m_manager & bit(permission)) != 0;
}

void RolePermissions::setManagerMay(Permission permission, bool may)
{
    m_manager = may ? (m_manager | bit(permission)) : (m_manager & ~bit(permission));
}

QString RolePermissions::label(Permission permission)
{
    switch (permission) {
    case Permission::Catalogue: return tr("Edit, deactivate and reactivate products");
    case Permission::Prices: return tr("Change prices in bulk");
    case Permission::ImportExport: return tr("Import and export products");
    case Permission::Stock: return tr("Receive stock and record write-offs and counts");
    case Permission::StaffAccounts: return tr("Add cashiers, reset their PINs, deactivate them");
    case Permission::CustomerRecords: return tr("Look after customer records (edit, merge, export, erase)");
    case Permission::ShelfLabels: return tr("Print shelf labels");
    }
    return {};
}

} // namespace ss::core
