// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's dashboard as a real window on a real demo store: the figures it shows against the
// store, drill-down to the customers, the printout, and who may open it.
#include "GuiTill.h"
#include "reports/DashboardWindow.h"
#include "reports/DrillDownDialog.h"
#include "reports/HeadlineCards.h"
#include "reports/ReportTableModel.h"
#include "reports/SalesDrillDialog.h"
#include "reports/WinBackDialog.h"

#include <QFile>
#include <QPainter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextDocument>

using namespace ss;
using namespace ss::test;

namespace {

/// The newcomer's demo shop: 600 customers over 18 months up to 30 November 2026.
struct DemoDashboard
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("demo.db"));
    db::DbWorker worker;
    ~DemoDashboard() { worker.drain(); } // jobs in flight finish while their continuations' objects still exist
    WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlReports reports {worker, clock};
    core::CashierRecord owner;

    DemoDashboard()
    {
        core::DemoOptions options;
        options.lastDay = QDate(2026, 11, 30);
        REQUIRE(db::createDemoStore(path, kKey, options));
        auto opened = worker.open(path, kKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        owner = core::CashierRecord {queries.text("SELECT uid FROM cashiers WHERE role = 'owner'"),
            queries.text("SELECT name FROM cashiers WHERE role = 'owner'"), core::Role::Owner};
    }
};

QString cell(ui::ReportTableModel& model, const QString& rowKey, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.table().rows[static_cast<std::size_t>(row)].key == rowKey)
            return model.data(model.index(row, column)).toString();
    }
    FAIL("no row " << rowKey.toStdString());
    return {};
}

/// Waits for the window to show the figures of the period starting on `from`. (Not for the `refreshed`
/// signal: an answer that is ready before the continuation is attached arrives at once, even inside
/// the constructor.)
void waitForPeriod(ui::DashboardWindow& window, const QDate& from)
{
    auto* status = window.findChild<QLabel*>(QStringLiteral("dashboardStatus"));
    const bool done = waitUntil([&] { return window.report() && window.report()->period.from == from; }, 20000);
    INFO("status: " << status->text().toStdString());
    REQUIRE(done);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("GUI: the owner's dashboard shows the store's figures, opens the customers behind them and prints",
    "[gui][reports]")
{
    DemoDashboard demo;
    ui::DashboardWindow window(
        demo.reports, demo.owner, QStringLiteral("GBP"), QStringLiteral("Junction Models"), QDate(2026, 11, 30));
    window.show();
    waitForPeriod(window, QDate(2026, 9, 2));

    // The default: the last 90 days, 2 September to 30 November.
    REQUIRE(window.report());
    CHECK(window.report()->period.from == QDate(2026, 9, 2));
    ui::ReportTableModel* headline = window.model(QStringLiteral("headline"));
    REQUIRE(headline);
    const std::string period = "created_at >= '2026-09-02' AND created_at < '2026-12-01'";
    CHECK(cell(*headline, QStringLiteral("sales"), 1).toLongLong()
        == demo.queries.count("SELECT count(*) FROM sales WHERE kind = 'sale' AND " + period));
    const qint64 newcomers = demo.queries.count("SELECT count(*) FROM sales WHERE order_no = 1 AND " + period);
    CHECK(cell(*headline, QStringLiteral("new_customers"), 1).toLongLong() == newcomers);
    CHECK(cell(*headline, QStringLiteral("second_purchase_rate"), 1).endsWith(QStringLiteral(" %")));
    CHECK(child<QLabel>(window, "dashboardStatus")->text().contains(QStringLiteral("2026-09-02")));

    // Twelve months: the cohort heatmap has its twelve rows; the screenshots are of this view.
    auto* choice = child<QComboBox>(window, "periodChoice");
    choice->setCurrentIndex(2);
    emit choice->activated(2);
    waitForPeriod(window, QDate(2025, 12, 1));
    CHECK(window.report()->period.from == QDate(2025, 12, 1));
    CHECK(window.model(QStringLiteral("cohorts"))->rowCount() == 12);
    window.resize(1280, 1000);
    auto* tabs = child<QTabWidget>(window, "dashboardTabs");
    const char* shots[] = {"dashboard-overview.png", "dashboard-coming-back.png", "dashboard-customers.png",
        "dashboard-offers.png", "dashboard-cashiers.png"};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        screenshot(window, QString::fromLatin1(shots[tab]));
    }
    tabs->setCurrentIndex(0);

    // "Who are they?": the new customers who came back, by name, as many as the card says.
    const qint64 cameBack = window.report()->headline.newCameBack;
    REQUIRE(cameBack > 0);
    QTest::mouseClick(child<QPushButton>(window, "drill_came_back"), Qt::LeftButton);
    auto* drill = waitForDialog<ui::DrillDownDialog>(window);
    auto* rows = qobject_cast<QStandardItemModel*>(child<QTableView>(*drill, "drillTable")->model());
    REQUIRE(rows);
    REQUIRE(waitUntil([&] { return rows->rowCount() > 0; }));
    CHECK(rows->rowCount() == std::min<qint64>(cameBack, ui::DrillDownDialog::kMaxRows));
    CHECK_FALSE(rows->item(0, 1)->text().isEmpty());
    screenshot(*drill, QStringLiteral("dashboard-drill-down.png"));
    drill->close();

    // Double-click the period's sales: the sales themselves, as many as the figure says.
    ui::ReportTableModel* glance = window.model(QStringLiteral("headline"));
    auto* glanceView = child<QTableView>(window, "table_headline");
    const QModelIndex salesCell = glance->index(0, 1);
    REQUIRE(glance->salesDrillAt(salesCell));
    CHECK_FALSE(glance->salesDrillAt(glance->index(0, 2))); // the period before does not open
    emit glanceView->doubleClicked(salesCell);
    auto* salesDrill = waitForDialog<ui::SalesDrillDialog>(window);
    auto* saleRows = qobject_cast<QStandardItemModel*>(child<QTableView>(*salesDrill, "salesDrillTable")->model());
    REQUIRE(waitUntil([&] { return saleRows->rowCount() > 0; }));
    CHECK(saleRows->rowCount()
        == std::min<qint64>(window.report()->headline.totals.sales, ui::SalesDrillDialog::kMaxRows));
    screenshot(*salesDrill, QStringLiteral("dashboard-sales-drill-down.png"));
    salesDrill->close();

    // Cashiers: everyone's sales add up to the period's; the second sales they earned add up too.
    ui::ReportTableModel* cashiers = window.model(QStringLiteral("cashiers"));
    qint64 sales = 0;
    qint64 seconds = 0;
    for (const core::reports::CashierFigures& figures : window.report()->cashiers) {
        sales += figures.totals.sales;
        seconds += figures.secondSales;
    }
    CHECK(cashiers->rowCount() == static_cast<int>(window.report()->cashiers.size()));
    CHECK(sales == window.report()->headline.totals.sales);
    CHECK(seconds == cameBack);

    // The printout: a real PDF with the tables in it.
    const QString pdf = demo.dir.file(QStringLiteral("dashboard.pdf"));
    REQUIRE(window.saveAsPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 20000); // charts and tables, not an empty page

    // A buying cycle that does not grow is refused on the screen, not sent to the store.
    child<QSpinBox>(window, "lapsedDays")->setValue(20);
    auto* status = child<QLabel>(window, "dashboardStatus");
    REQUIRE(waitUntil([&] { return status->text().contains(QStringLiteral("must grow")); }));
}

TEST_CASE("GUI: a manager sees the dashboard only when the owner shares it, and never names", "[gui][reports]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468")); // a manager
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dashboard = waitForDialog<ui::DashboardWindow>(till.window);
    auto* status = child<QLabel>(*dashboard, "dashboardStatus");
    REQUIRE(waitUntil([&] { return status->text().contains(QStringLiteral("owner's")); }));
    CHECK_FALSE(dashboard->report().has_value());
    CHECK_FALSE(child<QCheckBox>(*dashboard, "shareWithManagers")->isVisible());
    dashboard->close();

    // The owner shares the figures (audited) …
    const QString ownerUid = till.text("SELECT uid FROM cashiers WHERE role = 'owner'");
    auto shared = till.reports.setManagersMaySee(ownerUid, true);
    shared.waitForFinished();
    REQUIRE(shared.result());
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'dashboard_shared'") == 1);
    // … a manager may not share them further.
    const QString managerUid = till.text("SELECT uid FROM cashiers WHERE role = 'manager'");
    auto refused = till.reports.setManagersMaySee(managerUid, false);
    refused.waitForFinished();
    CHECK(refused.result().error().code == core::ErrorCode::PermissionDenied);

    // Now the manager sees the figures, without the cashiers' table and without names.
    QTest::mouseClick(child<QPushButton>(till.window, "dashboardButton"), Qt::LeftButton);
    dashboard = waitForDialog<ui::DashboardWindow>(till.window);
    REQUIRE(waitUntil([&] { return dashboard->report().has_value(); }));
    CHECK(dashboard->report()->cashiers.empty());
    CHECK(dashboard->report()->topCustomers.empty());
    auto* tabs = child<QTabWidget>(*dashboard, "dashboardTabs");
    CHECK_FALSE(tabs->isTabVisible(4));
    auto names = till.reports.customerRows(managerUid, {1}, *dashboard->report());
    names.waitForFinished();
    CHECK(names.result().error().code == core::ErrorCode::PermissionDenied);

    // A cashier is refused whatever the owner shares.
    const QString cashierUid = till.text("SELECT uid FROM cashiers WHERE role = 'cashier'");
    auto cashier = till.reports.repeatCustomers(cashierUid,
        core::RepeatReportRequest {core::reports::Period {QDate(2026, 11, 1), QDate(2026, 11, 22)}, std::nullopt, {}});
    cashier.waitForFinished();
    CHECK(cashier.result().error().code == core::ErrorCode::PermissionDenied);
}

TEST_CASE("GUI: the owner invites lapsed customers back with a coupon each, as letters", "[gui][reports][winback]")
{
    DemoDashboard demo;
    auto rule = demo.worker.run<bool>([](db::Connection& c) -> core::Result<bool> {
        if (auto r = c.execute("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                               " VALUES ('wb', 'winback', 'We miss you', 'percentBasisPoints=1500\nvalidDays=60', 5, 1,"
                               " '2026-11-01T00:00:00.000Z')",
                u"test");
            !r)
            return std::unexpected(r.error());
        return true;
    });
    rule.waitForFinished();
    REQUIRE(rule.result());
    ui::DashboardWindow window(demo.reports, demo.owner, QStringLiteral("GBP"), QStringLiteral("Junction Models"),
        QDate(2026, 11, 30), nullptr,
        [profile = *devices::printerProfile(QStringLiteral("epson-tm-t20iii"))](const core::ReceiptDocument& document) {
            return devices::interpretEscPos(*devices::encodeEscPos(document, profile));
        });
    window.show();
    waitForPeriod(window, QDate(2026, 9, 2));
    QTest::mouseClick(child<QPushButton>(window, "winBackButton"), Qt::LeftButton);
    auto* dialog = waitForDialog<ui::WinBackDialog>(window);
    CHECK(child<QSpinBox>(*dialog, "winBackDays")->value() == 180); // the dashboard's "lapsed after"
    child<QCheckBox>(*dialog, "winBackIssue")->setChecked(true);
    bool ready = false;
    QObject::connect(dialog, &ui::WinBackDialog::listReady, [&] { ready = true; });
    QTest::mouseClick(child<QPushButton>(*dialog, "winBackMake"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return ready; }));

    // By post: lapsed 180 days, a yes on post, a postcode; each with a coupon of their own in the store.
    const core::WinBackInvitations& invited = dialog->invitations();
    REQUIRE_FALSE(invited.people.empty());
    CHECK(invited.couponsIssued == static_cast<int>(invited.people.size()));
    CHECK(
        demo.queries.count("SELECT count(*) FROM coupons WHERE rule_id = (SELECT id FROM offer_rules WHERE uid = 'wb')"
                           " AND customer_id IS NOT NULL")
        == static_cast<qint64>(invited.people.size()));
    for (const core::WinBackInvitation& person : invited.people) {
        CHECK(person.lastVisit <= QDateTime::currentDateTimeUtc().date().addDays(-180)); // the clock is real here
        CHECK_FALSE(person.address.isEmpty());
        REQUIRE(person.coupon);
    }
    screenshot(*dialog, QStringLiteral("win-back-list.png"));

    // The letters: one page per customer, the coupon drawn as the printer prints it.
    if (!qEnvironmentVariable("SECONDSALE_SCREENSHOT_DIR").isEmpty()) {
        QTextDocument letters;
        dialog->buildLetters(letters);
        letters.setPageSize(QSizeF(595, 842)); // A4 in points: the first page, as it prints
        QImage page(QSize(595, 842) * 2, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.scale(2, 2);
        letters.drawContents(&painter, QRectF(0, 0, 595, 842));
        painter.end();
        page.save(
            QDir(qEnvironmentVariable("SECONDSALE_SCREENSHOT_DIR")).filePath(QStringLiteral("win-back-letter.png")));
    }
    const QString pdf = demo.dir.file(QStringLiteral("letters.pdf"));
    REQUIRE(dialog->saveLetters(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF"));
    const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ");
    CHECK(pages >= static_cast<qsizetype>(invited.people.size()));
}
