// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ports/ReportsPort.h"

#include <QByteArray>

namespace ss::db {
class Connection;
}

namespace ss::app {

struct ReportCommandOptions
{
    core::RepeatReportRequest request;
    QString format = QStringLiteral("csv"); ///< csv or json.
    QString table; ///< CSV: only this table (its key); empty: every table, each under a "# key" line.
};

/// `secondsale-admin report repeat-customers`: the dashboard's own figures (loadRepeatReport and the
/// same tables), as CSV or JSON. Whoever holds the store's key sees what the owner sees.
[[nodiscard]] core::Result<QByteArray> repeatCustomersReport(
    db::Connection& store, const ReportCommandOptions& options);

} // namespace ss::app
