// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "staff/Role.h"

#include <QFuture>

#include <optional>
#include <vector>

namespace ss::core {

/// Staff log-in. PINs are checked where they are stored (Argon2id, off the GUI thread).
class StaffPort
{
public:
    virtual ~StaffPort() = default;
    [[nodiscard]] virtual QFuture<Result<std::vector<CashierRecord>>> activeStaff() = 0;
    /// The member of staff when `pin` is theirs; std::nullopt for a wrong PIN.
    [[nodiscard]] virtual QFuture<Result<std::optional<CashierRecord>>> verifyPin(
        const QString& cashierUid, const QString& pin)
        = 0;
};

} // namespace ss::core
