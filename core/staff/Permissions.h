// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace ss::core {

/// A part of the back office the owner may open to managers or keep for themselves.
enum class Permission {
    Catalogue, ///< Deactivate and reactivate products, edit a product.
    Prices, ///< Bulk price changes.
    ImportExport, ///< Products from and to a spreadsheet.
    Stock, ///< Receive stock and record write-offs and counts.
    StaffAccounts, ///< Add cashiers, reset their PINs, deactivate them.
    CustomerRecords, ///< List, edit, merge, export and erase customers.
    ShelfLabels, ///< Print shelf labels.
};

inline constexpr std::array kPermissions {Permission::Catalogue, Permission::Prices, Permission::ImportExport,
    Permission::Stock, Permission::StaffAccounts, Permission::CustomerRecords, Permission::ShelfLabels};

/// The stored name ("catalogue", "prices", …); never translated.
[[nodiscard]] QString permissionKey(Permission permission);
[[nodiscard]] std::optional<Permission> permissionFromKey(QStringView key);

/// Who may do what, as the owner set it (meta key "manager_permissions"). The owner may always
/// do everything and a cashier nothing in the back office: only what managers may is a choice,
/// and by default they may do all of it, as before the setting existed.
class RolePermissions
{
    Q_DECLARE_TR_FUNCTIONS(RolePermissions)

public:
    [[nodiscard]] static RolePermissions defaults();
    /// The stored form; unknown names (from a newer version) are ignored, a missing key means defaults.
    [[nodiscard]] static RolePermissions fromKey(const std::optional<QString>& stored);
    [[nodiscard]] QString toKey() const;

    [[nodiscard]] bool allows(Role role, Permission permission) const;
    [[nodiscard]] bool managerMay(Permission permission) const;
    void setManagerMay(Permission permission, bool may);

    /// What the permission covers, for the owner's settings screen.
    [[nodiscard]] static QString label(Permission permission);

    friend bool operator==(const RolePermissions&, const RolePermissions&) = default;

private:
    [[nodiscard]] static std::uint32_t bit(Permission permission);
    std::uint32_t m_manager = 0;
};

} // namespace ss::core
