// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanModel.h"

#include <QBrush>
#include <QColor>

namespace ss::ui {

void ImportPlanModel::setPlan(const core::ImportPlan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::PlannedRow& row = m_plan.rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && row.action == core::ImportAction::Reject)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn: return row.line;
    case ActionColumn:
        return row.action == core::ImportAction::Create ? tr("new")
            : row.action == core::ImportAction::Update  ? tr("update")
                                                        : tr("rejected");
    case SkuColumn: return row.product.sku;
    case NameColumn: return row.product.name;
    case PriceColumn: return row.action == core::ImportAction::Reject ? QString() : row.product.price.toDecimalString();
    case ReasonColumn: return row.reasons.join(QStringLiteral("; "));
    default: return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case ActionColumn: return tr("What happens");
    case SkuColumn: return tr("SKU");
    case NameColumn: return tr("Name");
    case PriceColumn: return tr("Price");
    case ReasonColumn: return tr("Why not");
    default: return {};
    }
}

} // namespace ss::ui
