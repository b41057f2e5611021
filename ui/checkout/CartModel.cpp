// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartModel.h"

#include "MoneyFormat.h"
#include "sale/CheckoutSession.h"

namespace ss::ui {

CartModel::CartModel(const core::CheckoutSession& session, QString currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_currency(std::move(currency))
{
    connect(&session, &core::CheckoutSession::cartChanged, this, &CartModel::refresh);
    m_rows = static_cast<int>(session.cart().lines().size());
}

void CartModel::refresh()
{
    // Rows are appended at the end or removed anywhere; appends (the common case, every scan) keep
    // the view's selection and scroll position, anything else resets.
    const int rows = static_cast<int>(m_session.cart().lines().size());
    if (rows == m_rows + 1) {
        beginInsertRows({}, m_rows, m_rows);
        m_rows = rows;
        endInsertRows();
        if (m_rows > 1)
            emit dataChanged(index(0, 0), index(m_rows - 2, ColumnCount - 1)); // a sale discount moves every line
    } else if (rows == m_rows && rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int CartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    const auto& lines = m_session.cart().lines();
    if (!index.isValid() || index.row() >= static_cast<int>(lines.size()))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::CartLine& line = lines[row];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Item ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Item)
        return line.product.name; // names are elided on small screens
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Item: return line.product.name;
    case Quantity: return QString::number(line.quantity);
    case UnitPrice:
        return formatMoney(line.unitPrice(), m_currency) + (line.priceOverride ? tr(" (override)") : QString());
    case Discount: {
        const core::PricedLine priced = m_session.totals().lines[row];
        const core::Money discount = priced.lineDiscount + priced.saleDiscountShare;
        return discount.isZero() ? QString() : formatMoney(-discount, m_currency);
    }
    case Total: return formatMoney(m_session.totals().lines[row].total, m_currency);
    default: return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item: return tr("Item");
    case Quantity: return tr("Qty");
    case UnitPrice: return tr("Price");
    case Discount: return tr("Discount");
    case Total: return tr("Total");
    default: return {};
    }
}

} // namespace ss::ui
