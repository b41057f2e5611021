// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ReportsPort.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// The sales behind a figure of the dashboard (owner only), newest first, with a CSV export.
class SalesDrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesDrillDialog)

public:
    SalesDrillDialog(core::ReportsPort& reports, const QString& actorUid, const core::reports::Period& period,
        const core::reports::SalesDrill& drill, const QString& title, QString currency, QWidget* parent = nullptr);
    ~SalesDrillDialog() override;

    static constexpr int kMaxRows = 2000;

private:
    void show(const core::ReportSales& sales);
    void exportCsv();

    QString m_currency;
    core::ReportSales m_sales;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace ss::ui
