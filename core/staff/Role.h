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

// What a manager may do in the back office and with customer records is the owner's setting:
// staff/Permissions.h. A cashier may do none of it.

/// A member of staff as the demo store and the back office create them. The PIN itself is never
/// kept: storage holds only its Argon2id hash.
struct CashierRecord
{
    QString uid;
    QString name;
    Role role = Role::Cashier;
};

} // namespace ss::core
