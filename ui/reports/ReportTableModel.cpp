// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "MoneyFormat.h"

#include <QColor>
#include <QFont>

namespace ss::ui {

using core::reports::Cell;

ReportTableModel::ReportTableModel(QString currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(std::move(currency))
{ }

void ReportTableModel::setTable(core::reports::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

QString ReportTableModel::cellText(const Cell& cell, const QString& currency)
{
    if (cell.kind == Cell::Kind::Money && !cell.empty)
        return formatMoney(core::Money::fromMinor(cell.value), currency);
    return core::reports::displayText(cell, currency);
}

std::optional<core::reports::DrillDown> ReportTableModel::drillAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return std::nullopt;
    const core::reports::ReportRow& row = m_table.rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    if (!row.cellDrill.empty())
        return column < row.cellDrill.size() ? row.cellDrill[column] : std::nullopt;
    return row.drill;
}

std::optional<core::reports::SalesDrill> ReportTableModel::salesDrillAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() != 1)
        return std::nullopt; // this period's figure (headline) or the cashier's sales: the second column
    return m_table.rows[static_cast<std::size_t>(index.row())].salesDrill;
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const core::reports::ReportRow& row = m_table.rows[static_cast<std::size_t>(index.row())];
    if (static_cast<std::size_t>(index.column()) >= row.cells.size())
        return {};
    const Cell& cell = row.cells[static_cast<std::size_t>(index.column())];
    const bool number = cell.kind != Cell::Kind::Text && cell.kind != Cell::Kind::Date;
    switch (role) {
    case Qt::DisplayRole: return cellText(cell, m_currency);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        // The cohort table is read as a heatmap: the darker the green, the more came back.
        if (m_table.key == u"cohorts" && cell.kind == Cell::Kind::Rate && cell.rate)
            return QColor::fromHsvF(0.33, 0.15 + 0.75 * std::clamp(*cell.rate, 0.0, 1.0), 0.95 - 0.35 * *cell.rate);
        return {};
    case Qt::ForegroundRole:
        if (m_table.key == u"cohorts" && cell.kind == Cell::Kind::Rate && cell.rate && *cell.rate > 0.55)
            return QColor(Qt::white);
        return {};
    case Qt::ToolTipRole:
        if (drillAt(index))
            return tr("Double-click to see the customers behind this number.");
        if (salesDrillAt(index))
            return tr("Double-click to see the sales behind this number.");
        return {};
    case Qt::FontRole:
        if ((drillAt(index) || salesDrillAt(index)) && number
            && m_table.key != u"cohorts") { // the heatmap's colour is enough
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section >= m_table.columns.size())
        return {};
    return m_table.columns[section];
}

} // namespace ss::ui
