// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "offers/WinBack.h"
#include "reports/RepeatReport.h"
#include "staff/Role.h"

#include <QDateTime>
#include <QFuture>

#include <vector>

namespace ss::core {

struct RepeatReportRequest
{
    reports::Period period;
    std::optional<reports::Period> comparison;
    reports::SegmentThresholds thresholds;
};

/// A customer behind a figure, as the drill-down lists them for the owner.
struct ReportCustomerRow
{
    qint64 number = 0;
    QString name;
    int orders = 0;
    qint64 revenueMinor = 0;
    QDateTime firstUtc;
    QDateTime lastUtc;
    QString segment;
};

/// A sale behind a figure, as the drill-down lists it for the owner.
struct ReportSaleRow
{
    QString receiptNo;
    QDateTime atUtc;
    QString cashier;
    QString customer; ///< Empty for an anonymous sale.
    int orderNo = 0; ///< The customer's n-th purchase; 0: not a purchase (anonymous, refund, returned).
    qint64 totalMinor = 0;
    bool refund = false;
};

struct ReportSales
{
    qint64 total = 0; ///< How many there are in all; `rows` holds the latest of them.
    std::vector<ReportSaleRow> rows;
};

/// The owner's dashboard. Storage checks the acting member of staff on every call: the owner sees
/// everything; a manager only what the owner allows (the figures, without per-cashier figures or
/// names); anyone else is refused (PermissionDenied).
class ReportsPort
{
public:
    virtual ~ReportsPort() = default;
    [[nodiscard]] virtual QFuture<Result<reports::RepeatReport>> repeatCustomers(
        const QString& actorUid, const RepeatReportRequest& request)
        = 0;
    /// Names and figures of these customers (ids from the report's drill-down), owner only.
    [[nodiscard]] virtual QFuture<Result<std::vector<ReportCustomerRow>>> customerRows(
        const QString& actorUid, const std::vector<qint64>& customerIds, const reports::RepeatReport& report)
        = 0;
    /// The latest `limit` sales behind a figure of `period`, and how many there are (owner only).
    [[nodiscard]] virtual QFuture<Result<ReportSales>> salesRows(
        const QString& actorUid, const reports::Period& period, const reports::SalesDrill& drill, int limit)
        = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> managersMaySee(const QString& actorUid) = 0;
    /// Owner only.
    [[nodiscard]] virtual QFuture<Result<bool>> setManagersMaySee(const QString& actorUid, bool allowed) = 0;
    /// The lapsed customers (no purchase for `lapsedDays`) who said yes on `channel`, to invite back;
    /// with `issue`, each gets a coupon of the active win-back offer. Owner only (coupons are money).
    [[nodiscard]] virtual QFuture<Result<WinBackInvitations>> winBack(
        const QString& actorUid, int lapsedDays, const QString& channel, bool issue)
        = 0;
};

/// Who may open the dashboard at all.
[[nodiscard]] inline bool maySeeDashboard(Role role, bool managersAllowed)
{
    return role == Role::Owner || (role == Role::Manager && managersAllowed);
}

/// Per-cashier figures and customers' names stay with the owner.
[[nodiscard]] inline bool maySeePeopleInReports(Role role)
{
    return role == Role::Owner;
}

} // namespace ss::core
