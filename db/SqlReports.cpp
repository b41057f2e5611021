// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlReports.h"

#include "ActingStaff.h"
#include "DbWorker.h"
#include "RepeatReportQuery.h"
#include "Statement.h"
#include "WinBack.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

constexpr char kManagersKey[] = "dashboard_for_managers";

Result<bool> managersAllowed(Connection& connection)
{
    auto read = Statement::prepare(connection, "SELECT value FROM meta WHERE key = ?1");
    if (!read)
        return std::unexpected(read.error());
    read->bind(1, QString::fromLatin1(kManagersKey));
    auto row = read->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && read->columnText(0) == u"1"; // not set: the owner has not shared the dashboard
}

/// The scope the acting member of staff may see, or PermissionDenied.
Result<ReportScope> scopeFor(Connection& connection, const QString& actorUid)
{
    auto staff = actingStaff(connection, actorUid, "the dashboard is the owner's");
    if (!staff)
        return std::unexpected(staff.error());
    auto allowed = managersAllowed(connection);
    if (!allowed)
        return std::unexpected(allowed.error());
    if (!core::maySeeDashboard(staff->role, *allowed))
        return core::fail(ErrorCode::PermissionDenied, QStringLiteral("the dashboard is the owner's"));
    return core::maySeePeopleInReports(staff->role) ? ReportScope::Everything : ReportScope::FiguresOnly;
}

} // namespace

SqlReports::SqlReports(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
{ }

QFuture<Result<core::reports::RepeatReport>> SqlReports::repeatCustomers(
    const QString& actorUid, const core::RepeatReportRequest& request)
{
    return m_worker.run<core::reports::RepeatReport>(
        [actorUid, request](Connection& connection) -> Result<core::reports::RepeatReport> {
            auto scope = scopeFor(connection, actorUid);
            if (!scope)
                return std::unexpected(scope.error());
            return loadRepeatReport(connection, request, *scope);
        });
}

QFuture<Result<std::vector<core::ReportCustomerRow>>> SqlReports::customerRows(
    const QString& actorUid, const std::vector<qint64>& customerIds, const core::reports::RepeatReport& report)
{
    return m_worker.run<std::vector<core::ReportCustomerRow>>(
        [actorUid, customerIds, report](Connection& connection) -> Result<std::vector<core::ReportCustomerRow>> {
            auto scope = scopeFor(connection, actorUid);
            if (!scope)
                return std::unexpected(scope.error());
            if (*scope != ReportScope::Everything)
                return core::fail(ErrorCode::PermissionDenied, QStringLiteral("customers' names are the owner's"));
            return loadReportCustomers(connection, customerIds, report);
        });
}

QFuture<Result<core::ReportSales>> SqlReports::salesRows(
    const QString& actorUid, const core::reports::Period& period, const core::reports::SalesDrill& drill, int limit)
{
    return m_worker.run<core::ReportSales>([actorUid, period, drill, limit](
                                               Connection& connection) -> Result<core::ReportSales> {
        auto scope = scopeFor(connection, actorUid);
        if (!scope)
            return std::unexpected(scope.error());
        if (*scope != ReportScope::Everything)
            return core::fail(ErrorCode::PermissionDenied, QStringLiteral("the sales behind figures are the owner's"));
        return loadReportSales(connection, period, drill, limit);
    });
}

QFuture<Result<bool>> SqlReports::managersMaySee(const QString& actorUid)
{
    return m_worker.run<bool>([actorUid](Connection& connection) -> Result<bool> {
        if (auto staff = actingStaff(connection, actorUid, "staff only"); !staff)
            return std::unexpected(staff.error());
        return managersAllowed(connection);
    });
}

QFuture<Result<bool>> SqlReports::setManagersMaySee(const QString& actorUid, bool allowed)
{
    return m_worker.run<bool>([actorUid, allowed](Connection& connection) -> Result<bool> {
        auto owner = requireActingStaff(
            connection, actorUid, core::maySeePeopleInReports, "only the owner shares the dashboard");
        if (!owner)
            return std::unexpected(owner.error());
        auto set = Statement::prepare(connection, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
        if (!set)
            return std::unexpected(set.error());
        if (auto r = set->bind(1, QString::fromLatin1(kManagersKey))
                         .bind(2, allowed ? QStringLiteral("1") : QStringLiteral("0"))
                         .run();
            !r)
            return std::unexpected(r.error());
        auto audit = Statement::prepare(connection,
            "INSERT INTO audit_log(uid, at, cashier_id, action, detail) VALUES (lower(hex(randomblob(16))),"
            " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?1, 'dashboard_shared', ?2)");
        if (!audit)
            return std::unexpected(audit.error());
        if (auto r = audit->bind(1, *owner)
                         .bind(2, allowed ? QStringLiteral("managers may see") : QStringLiteral("owner only"))
                         .run();
            !r)
            return std::unexpected(r.error());
        return allowed;
    });
}

QFuture<Result<core::WinBackInvitations>> SqlReports::winBack(
    const QString& actorUid, int lapsedDays, const QString& channel, bool issue)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<core::WinBackInvitations>(
        [actorUid, lapsedDays, channel, issue, now](Connection& connection) -> Result<core::WinBackInvitations> {
            if (auto owner = requireActingStaff(
                    connection, actorUid, core::maySeePeopleInReports, "inviting customers back is the owner's");
                !owner)
                return std::unexpected(owner.error());
            auto list = winBackList(connection, lapsedDays, channel, issue, now);
            if (!list)
                return std::unexpected(list.error());
            return core::WinBackInvitations {channel, std::move(list->invitations), list->csv, list->couponsIssued};
        });
}

} // namespace ss::db
