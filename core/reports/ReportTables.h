// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RepeatReport.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss::core::reports {

/// One figure in a table, typed so the screen can say "42.5 %" and a CSV file can say 0.425.
struct Cell
{
    enum class Kind { Text, Count, Money, Rate, Days, Date };
    Kind kind = Kind::Text;
    QString text; ///< Text; Date as yyyy-MM-dd or yyyy-MM.
    qint64 value = 0; ///< Count, Money (minor units), Days.
    std::optional<double> rate; ///< Rate in [0, 1]; empty: nothing to divide by.
    bool empty = false; ///< A cell with no figure (a cohort month not reached yet).

    static Cell ofText(QString text) { return Cell {Kind::Text, std::move(text), 0, {}, false}; }
    static Cell ofCount(qint64 n) { return Cell {Kind::Count, {}, n, {}, false}; }
    static Cell ofMoney(qint64 minor) { return Cell {Kind::Money, {}, minor, {}, false}; }
    static Cell ofRate(std::optional<double> r) { return Cell {Kind::Rate, {}, 0, r, !r.has_value()}; }
    static Cell ofDays(std::optional<qint64> d) { return Cell {Kind::Days, {}, d.value_or(0), {}, !d.has_value()}; }
    static Cell ofDate(QString text) { return Cell {Kind::Date, std::move(text), 0, {}, false}; }
};

/// Where a row of a table drills down to (the customers behind it), when it does.
struct ReportRow
{
    std::vector<Cell> cells;
    QString key {}; ///< Stable name of a headline figure ("second_purchase_rate"), for cards and JSON.
    std::optional<DrillDown> drill;
    /// Per cell, when different cells of the row lead to different customers (the cohort heatmap).
    std::vector<std::optional<DrillDown>> cellDrill;
    /// The sales behind the row's figure of this period (the headline's and a cashier's sales).
    std::optional<SalesDrill> salesDrill {};
};

struct ReportTable
{
    QString key; ///< Stable, for file names and JSON: "headline", "cohorts", …
    QString title; ///< Translated, for the screen and the printout.
    QString explanation; ///< One sentence a shop owner reads under the title.
    QStringList columns;
    std::vector<ReportRow> rows;
};

/// Every table of the dashboard, in the order the screen shows them. The screen, its CSV export, the
/// printout and `secondsale-admin report repeat-customers` all read these.
[[nodiscard]] std::vector<ReportTable> reportTables(const RepeatReport& report);

/// For the screen: "£12.50"-style money is left to the caller's locale; this gives "12.50 GBP".
[[nodiscard]] QString displayText(const Cell& cell, const QString& currency);
/// For a file: plain numbers (money in major units with two decimals, rates 0–1 with four).
[[nodiscard]] QString plainText(const Cell& cell);

[[nodiscard]] QByteArray tableCsv(const ReportTable& table);
[[nodiscard]] QJsonObject reportJson(const RepeatReport& report, const std::vector<ReportTable>& tables);

[[nodiscard]] QString segmentName(Segment segment);

} // namespace ss::core::reports
