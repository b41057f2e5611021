// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackOfficePort.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// Stock in the back office: scan or type a product, say what happened (received, counted, damaged,
/// missing, a correction) and how many; every change is a ledger entry. Below, what is running low.
class StockPanel final : public QWidget
{
    Q_OBJECT

public:
    StockPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent = nullptr);

    /// Looks up the product a code stands for (the code field's Return).
    void find(const QString& code);
    /// Records the form's change for the product found (the Save button).
    void save();
    void reloadLowStock();

signals:
    void lowStockLoaded();
    void saved(bool ok);

private:
    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    std::optional<core::StockLine> m_product;
    QLineEdit* m_code;
    QLabel* m_found;
    QComboBox* m_reason;
    QSpinBox* m_quantity;
    QLineEdit* m_cost;
    QLabel* m_message;
    QSpinBox* m_threshold;
    QStandardItemModel* m_low;
    QTableView* m_lowTable;
};

} // namespace ss::ui
