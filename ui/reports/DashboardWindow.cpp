// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWindow.h"

#include "BackupDialog.h"
#include "DashboardPrint.h"
#include "DrillDownDialog.h"
#include "FileExport.h"
#include "HeadlineCards.h"
#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "SalesDrillDialog.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

enum PeriodChoice { Last30, Last90, Last365, ThisMonth, LastMonth, ThisYear, Custom };

void clearLayout(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget(); // charts are rebuilt with every report
        delete item;
    }
}

} // namespace

DashboardWindow::DashboardWindow(core::ReportsPort& reports, core::CashierRecord actor, QString currency,
    QString storeName, QDate today, QWidget* parent, WinBackDialog::PrintPreview printPreview, int printerColumns)
    : QDialog(parent)
    , m_reports(reports)
    , m_actor(std::move(actor))
    , m_currency(std::move(currency))
    , m_storeName(std::move(storeName))
    , m_today(today.isValid() ? today : QDateTime::currentDateTimeUtc().date())
    , m_printPreview(std::move(printPreview))
    , m_printerColumns(printerColumns)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Are customers coming back? — %1").arg(m_storeName));
    resize(1180, 860);
    auto* layout = new QVBoxLayout(this);
    buildControls(layout);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    QVBoxLayout* unused = nullptr;
    QWidget* overview = buildTab({QStringLiteral("headline")}, m_overviewCharts);
    m_cards = new HeadlineCards(m_currency, overview);
    m_cards->setObjectName(QStringLiteral("headlineCards"));
    qobject_cast<QVBoxLayout*>(overview->findChild<QWidget*>(QStringLiteral("tabBody"))->layout())
        ->insertWidget(0, m_cards);
    connect(m_cards, &HeadlineCards::drillRequested, this,
        [this](const core::reports::DrillDown& drill) { this->drill(drill, tr("Customers behind the figure")); });
    m_tabs->addTab(overview, tr("At a glance"));
    m_tabs->addTab(buildTab({QStringLiteral("cohorts"), QStringLiteral("repeat_curve"),
                                QStringLiteral("days_to_second"), QStringLiteral("days_to_second_summary")},
                       m_backCharts),
        tr("Coming back"));
    m_tabs->addTab(
        buildTab({QStringLiteral("segments"), QStringLiteral("lifetime_value"), QStringLiteral("top_customers")},
            m_customerCharts),
        tr("Customers"));
    m_tabs->addTab(buildTab({QStringLiteral("offers")}, unused), tr("Offers"));
    m_cashierTab = buildTab({QStringLiteral("cashiers")}, unused);
    m_tabs->addTab(m_cashierTab, tr("Cashiers"));
    layout->addWidget(m_tabs, 1);

    choosePeriod(Last90);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::setThresholds(const core::reports::SegmentThresholds& thresholds)
{
    m_newDays->setValue(thresholds.newDays);
    m_activeDays->setValue(thresholds.activeDays);
    m_lapsedDays->setValue(thresholds.lapsedDays);
}

void DashboardWindow::setChain(core::ChainReportsPort* chain)
{
    if (!chain || m_chain || !core::maySeePeopleInReports(m_actor.role))
        return;
    m_chain = chain;
    auto* row = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->addItem(tr("This till"));
    m_scope->addItem(tr("All shops (central)"));
    row->addWidget(new QLabel(tr("Figures of:"), this));
    row->addWidget(m_scope);
    row->addStretch(1);
    qobject_cast<QVBoxLayout*>(layout())->insertLayout(0, row);
    connect(m_scope, &QComboBox::activated, this, &DashboardWindow::refresh);
    m_chain->shops().then(this, [this](const core::Result<QStringList>& shops) {
        if (!shops) {
            m_status->setText(tr("The other shops cannot be reached now: %1").arg(shops.error().detail));
            return;
        }
        for (const QString& shop : *shops)
            m_scope->addItem(tr("Shop %1 (central)").arg(shop), shop);
    });
}

bool DashboardWindow::showingChain() const
{
    return m_chain && m_scope && m_scope->currentIndex() > 0;
}

void DashboardWindow::setBackups(core::BackupPort* backups)
{
    if (!backups)
        return;
    auto* row = new QHBoxLayout;
    auto* last = new QLabel(BackupDialog::summary(backups->status()), this);
    last->setObjectName(QStringLiteral("dashboardBackupLabel"));
    auto* open = new QPushButton(tr("Backups…"), this);
    open->setObjectName(QStringLiteral("dashboardBackupsButton"));
    row->addWidget(last, 1);
    row->addWidget(open);
    qobject_cast<QVBoxLayout*>(layout())->addLayout(row);
    connect(backups, &core::BackupPort::statusChanged, last,
        [last](const core::BackupStatus& status) { last->setText(BackupDialog::summary(status)); });
    connect(open, &QPushButton::clicked, this, [this, backups] {
        auto* dialog = new BackupDialog(*backups, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void DashboardWindow::buildControls(QVBoxLayout* layout)
{
    auto* bar = new QHBoxLayout;
    m_periodChoice = new QComboBox(this);
    m_periodChoice->setObjectName(QStringLiteral("periodChoice"));
    m_periodChoice->addItems({tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("This month"),
        tr("Last month"), tr("This year"), tr("Chosen dates")});
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_compare = new QCheckBox(tr("Compare with the period before"), this);
    m_compare->setChecked(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    auto* printButton = new QPushButton(tr("Print…"), this);
    auto* pdfButton = new QPushButton(tr("Save as PDF…"), this);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_periodChoice);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_compare);
    bar->addStretch();
    bar->addWidget(m_refresh);
    bar->addWidget(printButton);
    bar->addWidget(pdfButton);
    layout->addLayout(bar);

    auto* cycle = new QHBoxLayout;
    const auto spin = [this](const QString& name, int value) {
        auto* box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(1, 3650);
        box->setValue(value);
        box->setSuffix(tr(" days"));
        return box;
    };
    const core::reports::SegmentThresholds defaults;
    m_newDays = spin(QStringLiteral("newDays"), defaults.newDays);
    m_activeDays = spin(QStringLiteral("activeDays"), defaults.activeDays);
    m_lapsedDays = spin(QStringLiteral("lapsedDays"), defaults.lapsedDays);
    cycle->addWidget(new QLabel(tr("Your buying cycle — new for"), this));
    cycle->addWidget(m_newDays);
    cycle->addWidget(new QLabel(tr(", current while the last purchase is within"), this));
    cycle->addWidget(m_activeDays);
    cycle->addWidget(new QLabel(tr(", lapsed after"), this));
    cycle->addWidget(m_lapsedDays);
    cycle->addStretch();
    m_share = new QCheckBox(tr("Managers may see these figures (without names)"), this);
    m_share->setObjectName(QStringLiteral("shareWithManagers"));
    m_share->setVisible(core::maySeePeopleInReports(m_actor.role));
    auto* winBack = new QPushButton(tr("Invite lapsed customers back…"), this);
    winBack->setObjectName(QStringLiteral("winBackButton"));
    winBack->setVisible(core::maySeePeopleInReports(m_actor.role));
    connect(winBack, &QPushButton::clicked, this, [this] {
        auto* dialog = new WinBackDialog(m_reports, m_actor.uid, m_storeName, m_currency, m_lapsedDays->value(),
            m_printPreview, m_printerColumns, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    cycle->addWidget(winBack);
    cycle->addWidget(m_share);
    layout->addLayout(cycle);

    auto* state = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loading"));
    m_progress->setRange(0, 0); // busy: the figures come from the database thread
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    state->addWidget(m_progress);
    state->addWidget(m_status, 1);
    layout->addLayout(state);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &DashboardWindow::refresh);
    connect(m_periodChoice, &QComboBox::activated, this, &DashboardWindow::choosePeriod);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this, debounce] {
            if (m_periodChoice->currentIndex() != Custom && !m_periodChoice->signalsBlocked()) {
                const QSignalBlocker quiet(m_periodChoice);
                m_periodChoice->setCurrentIndex(Custom);
            }
            debounce->start();
        });
    }
    for (QSpinBox* box : {m_newDays, m_activeDays, m_lapsedDays})
        connect(box, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_compare, &QCheckBox::toggled, debounce, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(printButton, &QPushButton::clicked, this, &DashboardWindow::print);
    connect(pdfButton, &QPushButton::clicked, this, &DashboardWindow::askPdf);
    connect(m_share, &QCheckBox::clicked, this, [this](bool allowed) {
        m_reports.setManagersMaySee(m_actor.uid, allowed).then(this, [this](const core::Result<bool>& saved) {
            if (!saved)
                showProblem(saved.error());
            else
                m_status->setText(*saved ? tr("Managers can now open the dashboard (figures only, no names).")
                                         : tr("Only you can open the dashboard now."));
        });
    });
    if (core::maySeePeopleInReports(m_actor.role)) {
        m_reports.managersMaySee(m_actor.uid).then(this, [this](const core::Result<bool>& allowed) {
            if (allowed) {
                const QSignalBlocker quiet(m_share);
                m_share->setChecked(*allowed);
            }
        });
    }
}

QWidget* DashboardWindow::buildTab(const QStringList& tableKeys, QVBoxLayout*& chartArea)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("tabBody"));
    auto* layout = new QVBoxLayout(body);
    chartArea = new QVBoxLayout;
    layout->addLayout(chartArea);
    for (const QString& key : tableKeys) {
        auto* heading = new QHBoxLayout;
        auto* title = new QLabel(body);
        title->setObjectName(QStringLiteral("title_%1").arg(key));
        title->setWordWrap(true);
        auto* csv = new QPushButton(tr("Export CSV…"), body);
        csv->setObjectName(QStringLiteral("csv_%1").arg(key));
        heading->addWidget(title, 1);
        heading->addWidget(csv);
        layout->addLayout(heading);
        auto* model = new ReportTableModel(m_currency, this);
        auto* view = new QTableView(body);
        view->setObjectName(QStringLiteral("table_%1").arg(key));
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->verticalHeader()->hide();
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum); // as tall as its rows, no more
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(key == u"headline");
        layout->addWidget(view);
        m_slots.push_back(TableSlot {key, model, view});
        connect(view, &QTableView::doubleClicked, this, [this, model, key](const QModelIndex& index) {
            if (const auto target = model->drillAt(index)) {
                const QString row = model->data(model->index(index.row(), 0)).toString();
                const int months = index.column() - 4; // the cohort table's month columns start at 4
                QString drillTitle = row;
                if (key == u"cohorts" && months >= 0)
                    drillTitle = months == 0 ? tr("First bought in %1, back the same month").arg(row)
                                             : tr("First bought in %1, back within %2 months").arg(row).arg(months);
                else if (key == u"cohorts")
                    drillTitle = tr("First bought in %1").arg(row);
                drill(*target, drillTitle);
            } else if (const auto sales = model->salesDrillAt(index)) {
                openSales(*sales, model->data(model->index(index.row(), 0)).toString());
            }
        });
        connect(csv, &QPushButton::clicked, this, [this, model] {
            const QString said = exportToFile(this, tr("Export table"), model->table().key + QStringLiteral(".csv"),
                tr("CSV (*.csv)"), core::reports::tableCsv(model->table()));
            if (!said.isEmpty())
                m_status->setText(said);
        });
    }
    layout->addStretch();
    scroll->setWidget(body);
    return scroll;
}

void DashboardWindow::choosePeriod(int choice)
{
    QDate from;
    QDate to = m_today;
    switch (choice) {
    case Last30: from = m_today.addDays(-29); break;
    case Last90: from = m_today.addDays(-89); break;
    case Last365: from = m_today.addDays(-364); break;
    case ThisMonth: from = QDate(m_today.year(), m_today.month(), 1); break;
    case LastMonth:
        to = QDate(m_today.year(), m_today.month(), 1).addDays(-1);
        from = QDate(to.year(), to.month(), 1);
        break;
    case ThisYear: from = QDate(m_today.year(), 1, 1); break;
    default: return; // chosen dates: the date fields say
    }
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        const QSignalBlocker quietChoice(m_periodChoice);
        m_periodChoice->setCurrentIndex(choice);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

void DashboardWindow::refresh()
{
    core::RepeatReportRequest request;
    request.period = core::reports::Period {m_from->date(), m_to->date()};
    if (m_compare->isChecked())
        request.comparison = request.period.previous();
    request.thresholds
        = core::reports::SegmentThresholds {m_newDays->value(), m_activeDays->value(), m_lapsedDays->value()};
    if (request.period.to < request.period.from) {
        m_status->setText(tr("The period ends before it starts: pick the dates again."));
        return;
    }
    if (!(request.thresholds.newDays <= request.thresholds.activeDays
            && request.thresholds.activeDays < request.thresholds.lapsedDays)) {
        m_status->setText(tr("The buying cycle must grow: new ≤ current < lapsed."));
        return;
    }
    const int generation = ++m_generation;
    setBusy(true);
    auto figures = showingChain() ? m_chain->repeatCustomers(request, m_scope->currentData().toString())
                                  : m_reports.repeatCustomers(m_actor.uid, request);
    std::move(figures).then(this, [this, generation](const core::Result<core::reports::RepeatReport>& report) {
        if (generation != m_generation)
            return; // an older answer: the owner has asked for another period since
        setBusy(false);
        if (!report) {
            showProblem(report.error());
            return;
        }
        apply(*report);
    });
}

void DashboardWindow::apply(core::reports::RepeatReport report)
{
    m_report = std::move(report);
    m_tables = core::reports::reportTables(*m_report);
    for (TableSlot& slot : m_slots) {
        const auto table = std::find_if(
            m_tables.begin(), m_tables.end(), [&](const core::reports::ReportTable& t) { return t.key == slot.key; });
        if (table == m_tables.end())
            continue;
        slot.model->setTable(*table);
        if (auto* title = findChild<QLabel*>(QStringLiteral("title_%1").arg(slot.key)))
            title->setText(QStringLiteral("<b>%1</b><br><span style=\"color: gray\">%2</span>")
                               .arg(table->title.toHtmlEscaped(), table->explanation.toHtmlEscaped()));
    }
    m_cards->setHeadline(m_tables.front());
    clearLayout(m_overviewCharts);
    clearLayout(m_backCharts);
    clearLayout(m_customerCharts);
    auto* overviewRow = new QHBoxLayout;
    m_overviewCharts->addLayout(overviewRow);
    overviewRow->addWidget(repeatCurveChart(*m_report, this));
    overviewRow->addWidget(cohortCurveChart(*m_report, this));
    m_backCharts->addWidget(daysToSecondChart(*m_report, this));
    auto* customerRow = new QHBoxLayout;
    m_customerCharts->addLayout(customerRow);
    customerRow->addWidget(segmentsChart(*m_report, this));
    customerRow->addWidget(lifetimeValueChart(*m_report, m_currency, this));
    m_tabs->setTabVisible(m_tabs->indexOf(m_cashierTab), !m_report->cashiers.empty());
    m_status->setText(tr("%1 to %2. Double-click a number, or press \"Who are they?\", to see the customers.")
                          .arg(m_report->period.from.toString(Qt::ISODate), m_report->period.to.toString(Qt::ISODate)));
    emit refreshed();
}

void DashboardWindow::drill(const core::reports::DrillDown& target, const QString& title)
{
    if (!m_report)
        return;
    if (!core::maySeePeopleInReports(m_actor.role)) {
        m_status->setText(tr("Only the owner sees who the customers are."));
        return;
    }
    if (showingChain()) {
        m_status->setText(tr("The customers behind the shops' figures are on each shop's till."));
        return;
    }
    auto* dialog = new DrillDownDialog(m_reports, m_actor.uid, *m_report, target, title, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DashboardWindow::openSales(const core::reports::SalesDrill& target, const QString& title)
{
    if (!m_report)
        return;
    if (!core::maySeePeopleInReports(m_actor.role)) {
        m_status->setText(tr("Only the owner sees the sales behind the figures."));
        return;
    }
    if (showingChain()) {
        m_status->setText(tr("The sales behind the shops' figures are on each shop's till."));
        return;
    }
    auto* dialog = new SalesDrillDialog(m_reports, m_actor.uid, m_report->period, target, title, m_currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<QImage> DashboardWindow::chartImages() const
{
    QList<QImage> images;
    for (QChartView* view : findChildren<QChartView*>()) {
        QImage image(QSize(960, 480), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()));
        images << image;
    }
    return images;
}

bool DashboardWindow::saveAsPdf(const QString& path)
{
    if (!m_report)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printDashboard(printer, *m_report, m_tables, m_storeName, m_currency, chartImages());
    return QFileInfo::exists(path);
}

void DashboardWindow::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printDashboard(printer, *m_report, m_tables, m_storeName, m_currency, chartImages());
}

void DashboardWindow::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as PDF"),
        QStringLiteral("dashboard-%1.pdf").arg(m_to->date().toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_status->setText(saveAsPdf(path) ? tr("Saved to %1.").arg(path) : tr("The PDF could not be written."));
}

ReportTableModel* DashboardWindow::model(const QString& key) const
{
    for (const TableSlot& slot : m_slots) {
        if (slot.key == key)
            return slot.model;
    }
    return nullptr;
}

void DashboardWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_refresh->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Working out the figures…"));
}

void DashboardWindow::showProblem(const core::Error& error)
{
    switch (error.code) {
    case core::ErrorCode::PermissionDenied:
        m_status->setText(tr("The dashboard is the owner's. The owner can share the figures with managers."));
        break;
    case core::ErrorCode::InvalidArgument:
        m_status->setText(tr("Those settings do not make a period: check the dates and the buying cycle."));
        break;
    default: m_status->setText(tr("The figures could not be read just now. Nothing was changed; try Refresh.")); break;
    }
}

} // namespace ss::ui
