// SPDX-License-Identifier: GPL-3.0-or-later
// What the owner and the cashier see of the sync, on real windows over a real PostgreSQL server:
// the checkout's status line, and the dashboard's figures for all shops from the central store.
#include "GuiTill.h"
#include "PgTestServer.h"

#include "CentralReports.h"
#include "CentralSchema.h"
#include "Outbox.h"
#include "SyncRound.h"
#include "SyncService.h"
#include "reports/DashboardWindow.h"
#include "reports/ReportTableModel.h"

#include <QComboBox>
#include <QPushButton>

using namespace ss;
using namespace ss::test;

namespace {

QString headlineCell(ui::DashboardWindow& window, const QString& rowKey)
{
    ui::ReportTableModel* model = window.model(QStringLiteral("headline"));
    REQUIRE(model);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->table().rows[static_cast<std::size_t>(row)].key == rowKey)
            return model->data(model->index(row, 1)).toString();
    }
    FAIL("no row " << rowKey.toStdString());
    return {};
}

} // namespace

TEST_CASE("GUI: the checkout shows the sync, and the owner's dashboard shows every shop from the centre",
    "[gui][sync][postgres]")
{
    PgTestServer server;
    GuiTill till;
    const db::sync::TerminalIdentity identity {QStringLiteral("HIGHST"), QStringLiteral("T01")};
    auto store = db::openStore(till.path, kKey);
    REQUIRE(store);
    auto central = db::sync::PgConnection::connect(server.endpoint());
    REQUIRE(central);
    REQUIRE(db::sync::joinCentral(*central, *store, identity));

    // Before the first round: offline, with the whole history waiting.
    REQUIRE(db::sync::noteSyncFailure(*store, QStringLiteral("central store unreachable")));
    core::SyncStatus status = db::sync::readSyncStatus(*store).value();
    status.online = false;
    till.window.showSyncStatus(status);
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    auto* line = child<QLabel>(till.window, "syncStatusLabel");
    CHECK(line->isVisible());
    CHECK(line->text().contains(QStringLiteral("out of reach since never")));
    CHECK(line->text().contains(QString::number(status.pending)));
    CHECK(line->text().contains(QStringLiteral("waiting to go")));
    screenshot(till.window, QStringLiteral("checkout-sync-offline.png"));

    // After a round: in sync, nothing waiting.
    REQUIRE(db::sync::syncRound(*store, *central, identity));
    status = db::sync::readSyncStatus(*store).value();
    status.online = true;
    till.window.showSyncStatus(status);
    CHECK(line->text().startsWith(QStringLiteral("Other tills: in sync (last ")));
    CHECK_FALSE(line->text().contains(QStringLiteral("waiting")));
    screenshot(till.window, QStringLiteral("checkout-sync.png"));

    // A double redemption the centre reported (as the pull stores it): both receipts for the owner.
    REQUIRE(store->execute("INSERT INTO coupon_conflicts(central_id, code, kept_receipt, kept_origin, second_receipt,"
                           " second_origin, found_at) VALUES (1, 'K7M9Q-4XP2R', 'T02-00000031', 'HIGHST/T02',"
                           " 'T01-00000107', 'HIGHST/T01', '2026-12-02T10:00:00.000Z')",
        u"test"));
    status = db::sync::readSyncStatus(*store).value();
    status.online = true;
    till.window.showSyncStatus(status);
    CHECK(line->text().contains(QStringLiteral("Coupon K7M9Q-4XP2R used twice: T02-00000031 and T01-00000107")));
    CHECK(line->toolTip().contains(QStringLiteral("K7M9Q-4XP2R: first on T02-00000031, again on T01-00000107")));
    screenshot(till.window, QStringLiteral("checkout-sync-double.png"));

    // The dashboard: this till's figures, then all shops from the centre: the same figures.
    const core::CashierRecord owner {till.text("SELECT uid FROM cashiers WHERE role = 'owner'"),
        till.text("SELECT name FROM cashiers WHERE role = 'owner'"), core::Role::Owner};
    db::sync::CentralReports chain(server.endpoint());
    ui::DashboardWindow dashboard(
        till.reports, owner, QStringLiteral("GBP"), QStringLiteral("Junction Models"), QDate(2026, 11, 22));
    dashboard.setChain(&chain);
    dashboard.show();
    REQUIRE(waitUntil([&] { return dashboard.report().has_value(); }, 20000));
    const QString localSales = headlineCell(dashboard, QStringLiteral("sales"));
    const QString localRate = headlineCell(dashboard, QStringLiteral("second_purchase_rate"));
    auto* scope = child<QComboBox>(dashboard, "dashboardScope");
    REQUIRE(waitUntil([&] { return scope->count() == 3; }, 20000)); // this till, all shops, HIGHST
    CHECK(scope->itemText(2).contains(QStringLiteral("HIGHST")));
    bool refreshed = false;
    QObject::connect(&dashboard, &ui::DashboardWindow::refreshed, [&] { refreshed = true; });
    scope->setCurrentIndex(1);
    emit scope->activated(1);
    REQUIRE(waitUntil([&] { return refreshed; }, 20000));
    CHECK(headlineCell(dashboard, QStringLiteral("sales")) == localSales);
    CHECK(headlineCell(dashboard, QStringLiteral("second_purchase_rate")) == localRate);
    screenshot(dashboard, QStringLiteral("dashboard-all-shops.png"));

    // The sync service on its own thread: its first round at start, then a sale, then "Sync now": the
    // round runs at once (the timed one is an hour away), and the line and the button come back.
    dashboard.close();
    db::sync::SyncConfig config {server.endpoint(), identity, std::chrono::hours(1), core::OfflineCouponRule::Accept};
    db::sync::SyncService service(till.path, kKey, config);
    int reports = 0;
    QObject::connect(&service, &db::sync::SyncService::statusChanged, &till.window, &ui::MainWindow::showSyncStatus);
    QObject::connect(&service, &db::sync::SyncService::statusChanged, [&] { ++reports; });
    QObject::connect(&till.window, &ui::MainWindow::syncRequested, &service, &db::sync::SyncService::syncNow);
    service.start();
    REQUIRE(waitUntil([&] { return reports == 1; }, 20000));
    till.window.activateWindow();
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == &till.window; }));
    sellForCash(till, 0);
    const qint64 centralSales = central->exec("SELECT count(*) FROM ss_sales").value().integer(0, 0);
    REQUIRE(db::pendingChangeCount(*store).value() > 0);
    auto* syncNow = child<QPushButton>(till.window, "syncNowButton");
    REQUIRE(syncNow->isVisible());
    QTest::mouseClick(syncNow, Qt::LeftButton);
    CHECK_FALSE(syncNow->isEnabled());
    REQUIRE(waitUntil([&] { return reports == 2; }, 15000));
    CHECK(syncNow->isEnabled());
    CHECK(syncNow->text() == QStringLiteral("Sync now"));
    CHECK(line->text().startsWith(QStringLiteral("Other tills: in sync (last ")));
    CHECK_FALSE(line->text().contains(QStringLiteral("waiting")));
    CHECK(central->exec("SELECT count(*) FROM ss_sales").value().integer(0, 0) == centralSales + 1);
    CHECK(db::pendingChangeCount(*store).value() == 0);
}
