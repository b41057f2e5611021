// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ReportsPort.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// The customers behind a number on the dashboard (owner only: names are personal data), with a
/// CSV export for the shop's mail tool.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    DrillDownDialog(core::ReportsPort& reports, QString actorUid, const core::reports::RepeatReport& report,
        const core::reports::DrillDown& drill, QString title, QString currency, QWidget* parent = nullptr);
    ~DrillDownDialog() override;

    /// The most a list shows; the count above it always says how many there are in all.
    static constexpr std::size_t kMaxRows = 2000;

private:
    void show(const std::vector<core::ReportCustomerRow>& rows);
    void exportCsv();

    QString m_currency;
    std::vector<core::ReportCustomerRow> m_rows;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace ss::ui
