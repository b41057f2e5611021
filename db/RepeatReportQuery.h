// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ports/ReportsPort.h"

namespace ss::db {

class Connection;

/// What the report reads: everything, or the figures without people (per-cashier figures, names).
enum class ReportScope { Everything, FiguresOnly };

/// Reads the maintained figures (customer_stats, daily_totals) and the coupon and customer ledgers
/// for the period, and computes the report in core. The screen and `secondsale-admin report` both
/// come through here: one code path. Read in one snapshot.
[[nodiscard]] core::Result<core::reports::RepeatReport> loadRepeatReport(
    Connection& connection, const core::RepeatReportRequest& request, ReportScope scope);

/// The drill-down's customers, in the order given (unknown ids are skipped).
[[nodiscard]] core::Result<std::vector<core::ReportCustomerRow>> loadReportCustomers(
    Connection& connection, const std::vector<qint64>& ids, const core::reports::RepeatReport& report);

/// The sales behind a figure of `period`, newest first, at most `limit`, with the count of all.
[[nodiscard]] core::Result<core::ReportSales> loadReportSales(
    Connection& connection, const core::reports::Period& period, const core::reports::SalesDrill& drill, int limit);

} // namespace ss::db
