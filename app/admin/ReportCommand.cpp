// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "RepeatReportQuery.h"
#include "reports/ReportTables.h"

#include <QJsonDocument>

namespace ss::app {

using core::ErrorCode;

core::Result<QByteArray> repeatCustomersReport(db::Connection& store, const ReportCommandOptions& options)
{
    if (options.format != u"csv" && options.format != u"json")
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("--format is csv or json"));
    auto report = db::loadRepeatReport(store, options.request, db::ReportScope::Everything);
    if (!report)
        return std::unexpected(report.error());
    const std::vector<core::reports::ReportTable> tables = core::reports::reportTables(*report);
    if (options.format == u"json")
        return QJsonDocument(core::reports::reportJson(*report, tables)).toJson(QJsonDocument::Indented);

    QByteArray csv;
    QStringList keys;
    for (const core::reports::ReportTable& table : tables) {
        keys << table.key;
        if (!options.table.isEmpty()) {
            if (table.key == options.table)
                return core::reports::tableCsv(table);
            continue;
        }
        if (!csv.isEmpty())
            csv += '\n';
        csv += "# " + table.key.toUtf8() + '\n' + core::reports::tableCsv(table);
    }
    if (!options.table.isEmpty())
        return core::fail(ErrorCode::InvalidArgument,
            QStringLiteral("no table %1; the tables are: %2").arg(options.table, keys.join(QStringLiteral(", "))));
    return csv;
}

} // namespace ss::app
