// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerRecordsPort.h"

#include <QAbstractTableModel>

#include <vector>

namespace ss::ui {

/// Customers as a table for the customer screens: name, phone, email, visits, spent, last visit.
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column {
        Name,
        Phone,
        Email,
        Visits,
        Spent,
        LastVisit,
        ColumnCount,
    };

    explicit CustomerListModel(QString currency, QObject* parent = nullptr);

    void setCustomers(std::vector<core::CustomerSummary> customers);
    [[nodiscard]] const core::CustomerSummary* customerAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_currency;
    std::vector<core::CustomerSummary> m_customers;
};

} // namespace ss::ui
