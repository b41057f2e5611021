// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "shift/ShiftReport.h"

#include <QFuture>

#include <optional>

namespace ss::core {

/// Shifts of one terminal: opened with a float, read mid-way (X), closed with the cash counted (Z).
/// A sale made while no shift is open opens one (float 0), so every sale belongs to a shift.
class ShiftPort
{
public:
    virtual ~ShiftPort() = default;
    /// The open shift's totals so far, or std::nullopt when none is open.
    [[nodiscard]] virtual QFuture<Result<std::optional<ShiftTotals>>> currentShift() = 0;
    [[nodiscard]] virtual QFuture<Result<ShiftTotals>> openShift(const QString& cashierUid, Money openingFloat) = 0;
    /// Closes the open shift and returns its final totals, computed in the same transaction, so no
    /// sale can fall between the report and the close. `report` is computed by the caller from
    /// those totals and kept with the shift by keepZReport.
    [[nodiscard]] virtual QFuture<Result<ShiftTotals>> closeShift(const QString& cashierUid, Money countedCash) = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> keepZReport(const QString& shiftUid, const QString& report) = 0;
};

} // namespace ss::core
