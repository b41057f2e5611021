// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled backups from the owner's screens: the real scheduler on a real store.
#include "BackupDialog.h"
#include "BackupScheduler.h"
#include "GuiTill.h"
#include "reports/DashboardWindow.h"

#include <catch2/catch.hpp>

#include <QSettings>

using namespace ss;
using test::child;

TEST_CASE(
    "The owner sets the backups' folder, a missing stick is said plainly, and the last backup shows", "[gui][backup]")
{
    test::GuiTill till;
    QSettings().remove(QStringLiteral("backup"));
    const QString stick = till.dir.file(QStringLiteral("usb-stick"));
    app::BackupScheduler backups(till.worker);
    // start() reads the last backup's time on the database thread and only then checks the
    // schedule: wait for that, or its own attempt could race the clicks below.
    int reports = 0;
    QObject::connect(&backups, &core::BackupPort::statusChanged, [&] { ++reports; });
    backups.start();
    REQUIRE(test::waitUntil([&] { return reports > 0 && !backups.status().running; }));
    CHECK_FALSE(backups.status().lastUtc);

    ui::BackupDialog dialog(backups);
    dialog.show();
    CHECK(child<QLabel>(dialog, "lastBackupLabel")->text().contains(QStringLiteral("No backups yet")));
    child<QLineEdit>(dialog, "backupFolderEdit")->setText(stick);
    child<QSpinBox>(dialog, "backupKeepSpin")->setValue(3);
    child<QPushButton>(dialog, "backUpNowButton")->click();
    auto* problem = child<QLabel>(dialog, "backupProblemLabel");
    REQUIRE(test::waitUntil([&] { return problem->text().contains(QStringLiteral("USB stick")); }));
    CHECK(app::BackupScheduler::savedSettings().folder == stick); // kept for this terminal
    CHECK(app::BackupScheduler::savedSettings().keep == 3);

    REQUIRE(QDir().mkpath(stick));
    child<QPushButton>(dialog, "backUpNowButton")->click();
    auto* last = child<QLabel>(dialog, "lastBackupLabel");
    REQUIRE(test::waitUntil([&] { return last->text().startsWith(QStringLiteral("Last backup")); }, 30000));
    CHECK(problem->text().isEmpty());
    const QStringList files = QDir(stick).entryList({QStringLiteral("*.ssbackup")});
    REQUIRE(files.size() == 1);
    CHECK(files.first() == backups.status().lastFile);
    test::screenshot(dialog, QStringLiteral("backups.png"));

    // The owner's dashboard says when, and the time survives a restart (it is kept in the store).
    const core::CashierRecord owner {till.text("SELECT uid FROM cashiers WHERE role = 'owner'"),
        till.text("SELECT name FROM cashiers WHERE role = 'owner'"), core::Role::Owner};
    ui::DashboardWindow dashboard(
        till.reports, owner, QStringLiteral("GBP"), QStringLiteral("Shop"), QDate(2026, 11, 22));
    dashboard.setBackups(&backups);
    CHECK(child<QLabel>(dashboard, "dashboardBackupLabel")->text() == last->text());
    app::BackupScheduler afterRestart(till.worker);
    afterRestart.start();
    REQUIRE(test::waitUntil([&] { return afterRestart.status().lastUtc.has_value(); }));
    CHECK(*afterRestart.status().lastUtc == *backups.status().lastUtc);
    CHECK_FALSE(afterRestart.status().running); // not due again for a day
    QSettings().remove(QStringLiteral("backup"));
}
