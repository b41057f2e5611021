// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupPlan.h"

#include <catch2/catch.hpp>

using namespace ss::core;

TEST_CASE("A backup is due when configured and the last one is older than the interval", "[core][backup]")
{
    const QDateTime now(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    BackupSettings settings;
    CHECK_FALSE(backup_plan::isDue(settings, std::nullopt, now)); // no folder chosen
    settings.folder = QStringLiteral("/media/usb");
    settings.everyHours = 24;
    CHECK(backup_plan::isDue(settings, std::nullopt, now)); // never backed up
    CHECK_FALSE(backup_plan::isDue(settings, now.addSecs(-23 * 3600), now));
    CHECK(backup_plan::isDue(settings, now.addSecs(-24 * 3600), now));
    CHECK(backup_plan::isDue(settings, now.addDays(2), now)); // the clock went back: due, not never
}

TEST_CASE("Backup names sort by age, and only this terminal's backups are ever pruned", "[core][backup]")
{
    const QDateTime at(QDate(2026, 12, 2), QTime(0, 30, 5), Qt::UTC);
    CHECK(
        backup_plan::fileName(QStringLiteral("T01"), at) == QStringLiteral("secondsale-T01-20261202-003005Z.ssbackup"));
    CHECK(backup_plan::isBackupOf(QStringLiteral("secondsale-T01-20261202-003005Z.ssbackup"), QStringLiteral("T01")));
    CHECK_FALSE(
        backup_plan::isBackupOf(QStringLiteral("secondsale-T02-20261202-003005Z.ssbackup"), QStringLiteral("T01")));
    CHECK_FALSE(backup_plan::isBackupOf(
        QStringLiteral("secondsale-T01-20261202-003005Z.ssbackup.partial"), QStringLiteral("T01")));

    const QStringList folder
        = {QStringLiteral("holiday.jpg"), QStringLiteral("secondsale-T01-20261203-000000Z.ssbackup"),
            QStringLiteral("secondsale-T01-20261201-000000Z.ssbackup"),
            QStringLiteral("secondsale-T02-20261101-000000Z.ssbackup"),
            QStringLiteral("secondsale-T01-20261202-000000Z.ssbackup")};
    CHECK(backup_plan::toRemove(folder, QStringLiteral("T01"), 2)
        == QStringList {QStringLiteral("secondsale-T01-20261201-000000Z.ssbackup")});
    CHECK(backup_plan::toRemove(folder, QStringLiteral("T01"), 5).isEmpty());
    CHECK(backup_plan::toRemove(folder, QStringLiteral("T01"), 0).size() == 2); // at least one is always kept
}
