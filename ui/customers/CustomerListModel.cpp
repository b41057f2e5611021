// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerListModel.h"

#include "MoneyFormat.h"

#include <QLocale>

namespace ss::ui {

CustomerListModel::CustomerListModel(QString currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(std::move(currency))
{ }

void CustomerListModel::setCustomers(std::vector<core::CustomerSummary> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

const core::CustomerSummary* CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_customers[static_cast<std::size_t>(row)];
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    const core::CustomerSummary* customer = customerAt(index.row());
    if (!customer)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Visits || index.column() == Spent))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return QStringList {customer->firstName, customer->lastName}.join(u' ').trimmed();
    case Phone: return customer->phoneE164;
    case Email: return customer->email;
    case Visits: return customer->visits;
    case Spent: return formatMoney(core::Money::fromMinor(customer->spentMinor), m_currency);
    case LastVisit:
        return customer->lastVisitUtc.isValid()
            ? QLocale().toString(customer->lastVisitUtc.toLocalTime().date(), QLocale::ShortFormat)
            : tr("never");
    default: return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Email: return tr("Email");
    case Visits: return tr("Visits");
    case Spent: return tr("Spent");
    case LastVisit: return tr("Last visit");
    default: return {};
    }
}

} // namespace ss::ui
