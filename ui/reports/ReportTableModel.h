// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTables.h"

#include <QAbstractTableModel>

namespace ss::ui {

/// One of the dashboard's tables for a view: money in the shop's currency, rates as percentages,
/// the cohort table coloured as a heatmap, and where each number drills down to.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    explicit ReportTableModel(QString currency, QObject* parent = nullptr);

    void setTable(core::reports::ReportTable table);
    [[nodiscard]] const core::reports::ReportTable& table() const { return m_table; }
    /// The customers behind this cell, when it has any.
    [[nodiscard]] std::optional<core::reports::DrillDown> drillAt(const QModelIndex& index) const;
    /// The sales behind this cell (the headline's and a cashier's figures of this period), when any.
    [[nodiscard]] std::optional<core::reports::SalesDrill> salesDrillAt(const QModelIndex& index) const;
    /// What a cell says on screen (also what the printout says).
    [[nodiscard]] static QString cellText(const core::reports::Cell& cell, const QString& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_currency;
    core::reports::ReportTable m_table;
};

} // namespace ss::ui
