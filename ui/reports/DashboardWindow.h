// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WinBackDialog.h"
#include "ports/ChainReportsPort.h"
#include "ports/ReportsPort.h"
#include "reports/ReportTables.h"
#include "staff/Role.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace ss::core {
class BackupPort;
}

namespace ss::ui {

class HeadlineCards;
class ReportTableModel;

/// The owner's repeat-customer dashboard: is the second sale happening? A period and the one before
/// it, headline cards, cohorts as a heatmap, time to the second purchase, segments by the shop's own
/// buying cycle, lifetime value, offers and cashiers — every number opens the customers behind it,
/// every table exports as CSV, the whole prints or goes to PDF. Figures come from the store's
/// maintained aggregates on the database thread; the window stays responsive while they load.
class DashboardWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)

public:
    /// `today` is the last day of the default periods (UTC); tests pass a fixed one.
    /// `printPreview` draws a coupon as the receipt printer prints it, for the win-back letters.
    DashboardWindow(core::ReportsPort& reports, core::CashierRecord actor, QString currency, QString storeName,
        QDate today, QWidget* parent = nullptr, WinBackDialog::PrintPreview printPreview = {}, int printerColumns = 48);
    ~DashboardWindow() override;

    /// Loads the figures for the chosen period (also on every change of period or thresholds).
    void refresh();
    [[nodiscard]] const std::optional<core::reports::RepeatReport>& report() const { return m_report; }
    /// The model behind a table by its key ("cohorts", "segments", …), for tests and exports.
    [[nodiscard]] ReportTableModel* model(const QString& key) const;
    /// Shows when the last backup was, with a way to the backups (the owner's dashboard only).
    void setBackups(core::BackupPort* backups);
    /// With other tills: a choice of this till, all shops together, or one shop, from the central
    /// store (the owner's only). The drill-downs stay on this till's own figures.
    void setChain(core::ChainReportsPort* chain);
    /// Starts from the owner's segment settings; the boxes still try other cycles for this view.
    void setThresholds(const core::reports::SegmentThresholds& thresholds);
    /// Writes the dashboard as a PDF (no dialog): the owner's files, and the tests' look at it.
    bool saveAsPdf(const QString& path);

signals:
    void refreshed();

private:
    struct TableSlot
    {
        QString key;
        ReportTableModel* model = nullptr;
        QTableView* view = nullptr;
    };

    void buildControls(QVBoxLayout* layout);
    QWidget* buildTab(const QStringList& tableKeys, QVBoxLayout*& chartArea);
    void choosePeriod(int choice);
    void apply(core::reports::RepeatReport report);
    void drill(const core::reports::DrillDown& drill, const QString& title);
    void openSales(const core::reports::SalesDrill& drill, const QString& title);
    void exportCurrentTable();
    void print();
    void askPdf();
    QList<QImage> chartImages() const;
    void setBusy(bool busy);
    void showProblem(const core::Error& error);

    [[nodiscard]] bool showingChain() const;

    core::ReportsPort& m_reports;
    core::ChainReportsPort* m_chain = nullptr;
    QComboBox* m_scope = nullptr; ///< 0: this till; 1: all shops; then each shop.
    core::CashierRecord m_actor;
    QString m_currency;
    QString m_storeName;
    QDate m_today;
    std::optional<core::reports::RepeatReport> m_report;
    std::vector<core::reports::ReportTable> m_tables;
    std::vector<TableSlot> m_slots;
    int m_generation = 0;

    QComboBox* m_periodChoice = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_compare = nullptr;
    QSpinBox* m_newDays = nullptr;
    QSpinBox* m_activeDays = nullptr;
    QSpinBox* m_lapsedDays = nullptr;
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_share = nullptr;
    WinBackDialog::PrintPreview m_printPreview;
    int m_printerColumns = 48;
    QTabWidget* m_tabs = nullptr;
    HeadlineCards* m_cards = nullptr;
    QVBoxLayout* m_overviewCharts = nullptr;
    QVBoxLayout* m_backCharts = nullptr;
    QVBoxLayout* m_customerCharts = nullptr;
    QWidget* m_cashierTab = nullptr;
};

} // namespace ss::ui
