// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ProductImport.h"

#include <QAbstractTableModel>

namespace ss::ui {

/// The dry run row by row: line, what happens, SKU, name, price, and why a row is rejected.
/// A view over the plan, so 50,000 rows cost no widgets.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ActionColumn, SkuColumn, NameColumn, PriceColumn, ReasonColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const core::ImportPlan& plan);
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::ImportPlan m_plan;
};

} // namespace ss::ui
