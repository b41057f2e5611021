// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ss::core {

/// What a member of staff may do. Ordered: each role may do everything the one before it may.
enum class Role {
    Cashier,
    Manager,
    Owner,
};

/// The stored name ("cashier", "manager", "owner"); never translated.
[[nodiscard]] QString roleKey(Role role);
[[nodiscard]] std::optional<Role> roleFromKey(QStringView key);

/// Customer records (list, profile, edit, merge, export, erase) are for managers and the owner:
/// a cashier sees only what the counter shows of a customer.
[[nodiscard]] inline bool mayManageCustomers(Role role)
{
    return role != Role::Cashier;
}

/// The back office (catalogue, stock, staff accounts) is for managers and the owner; what each of
/// them may do to staff accounts is StaffRules'.
[[nodiscard]] inline bool mayRunBackOffice(Role role)
{
    return role != Role::Cashier;
}

/// A member of staff as the demo store and the back office create them. The PIN itself is never
/// kept: storage holds only its Argon2id hash.
struct CashierRecord
{
    QString uid;
    QString name;
    Role role = Role::Cashier;
};

} // namespace ss::core
