// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace ss::core {
class CheckoutSession;
}

namespace ss::ui {

/// The cart as a table for the checkout screen: item, quantity, unit price, discount, line total.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column {
        Item,
        Quantity,
        UnitPrice,
        Discount,
        Total,
        ColumnCount,
    };

    CartModel(const core::CheckoutSession& session, QString currency, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    const core::CheckoutSession& m_session;
    QString m_currency;
    int m_rows = 0;
};

} // namespace ss::ui
