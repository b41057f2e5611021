// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/ShiftPort.h"

namespace ss::db {

class DbWorker;

/// Shifts of this terminal, on the database thread.
class SqlShifts final : public core::ShiftPort
{
public:
    SqlShifts(DbWorker& worker, const core::Clock& clock, QString terminalId);

    QFuture<core::Result<std::optional<core::ShiftTotals>>> currentShift() override;
    QFuture<core::Result<core::ShiftTotals>> openShift(const QString& cashierUid, core::Money openingFloat) override;
    QFuture<core::Result<core::ShiftTotals>> closeShift(const QString& cashierUid, core::Money countedCash) override;
    QFuture<core::Result<bool>> keepZReport(const QString& shiftUid, const QString& report) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
    QString m_terminalId;
};

} // namespace ss::db
