// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/ReportsPort.h"

namespace ss::db {

class DbWorker;

/// The dashboard's port on the database thread. The acting member of staff is checked in the store
/// on every call (core's maySeeDashboard / maySeePeopleInReports).
class SqlReports final : public core::ReportsPort
{
public:
    SqlReports(DbWorker& worker, const core::Clock& clock);

    QFuture<core::Result<core::reports::RepeatReport>> repeatCustomers(
        const QString& actorUid, const core::RepeatReportRequest& request) override;
    QFuture<core::Result<std::vector<core::ReportCustomerRow>>> customerRows(const QString& actorUid,
        const std::vector<qint64>& customerIds, const core::reports::RepeatReport& report) override;
    QFuture<core::Result<core::ReportSales>> salesRows(const QString& actorUid, const core::reports::Period& period,
        const core::reports::SalesDrill& drill, int limit) override;
    QFuture<core::Result<bool>> managersMaySee(const QString& actorUid) override;
    QFuture<core::Result<bool>> setManagersMaySee(const QString& actorUid, bool allowed) override;
    QFuture<core::Result<core::WinBackInvitations>> winBack(
        const QString& actorUid, int lapsedDays, const QString& channel, bool issue) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
};

} // namespace ss::db
