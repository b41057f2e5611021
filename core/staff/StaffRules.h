// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QCoreApplication>

#include <optional>

namespace ss::core {

/// A member of staff as the back office lists them.
struct StaffMember
{
    CashierRecord record;
    bool active = true;
};

/// What one member of staff may do to another's account. The owner decides everything; a manager
/// looks after cashiers only; nobody locks the shop out of itself.
class StaffRules
{
    Q_DECLARE_TR_FUNCTIONS(StaffRules)

public:
    /// Why `actor` may not give an account the role `role` (adding it, or changing it to that);
    /// nullopt when they may.
    [[nodiscard]] static std::optional<QString> mayGiveRole(Role actor, Role role);
    /// Why `actor` may not change `target`'s account (PIN, active, role); nullopt when they may.
    [[nodiscard]] static std::optional<QString> mayChange(Role actor, const StaffMember& target);
    /// Why the change would leave no active owner; `ownersLeft` counts the active owners after it.
    [[nodiscard]] static std::optional<QString> keepsAnOwner(int ownersLeft);
    [[nodiscard]] static std::optional<QString> nameProblem(const QString& name);
};

} // namespace ss::core
