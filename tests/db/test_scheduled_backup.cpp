// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled backups into a folder on a real SQLCipher store.
#include "DbTestSupport.h"
#include "ScheduledBackup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace ss;

TEST_CASE("Scheduled backups are encrypted copies, recorded, and pruned to the newest few", "[db][backup]")
{
    test::TempDir dir;
    const QString path = test::makeTinyStore(dir);
    const QString folder = dir.file(QStringLiteral("usb"));
    auto store = db::openStore(path, test::kTestKey);
    REQUIRE(store);
    CHECK_FALSE(db::lastBackupTime(*store).value());

    // The stick is not plugged in: a clear NotFound, nothing recorded.
    auto missing = db::writeScheduledBackup(*store, test::kTestKey, folder, 3, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == core::ErrorCode::NotFound);
    CHECK_FALSE(db::lastBackupTime(*store).value());

    REQUIRE(QDir().mkpath(folder));
    test::writeBytes(QDir(folder).filePath(QStringLiteral("notes.txt")), QByteArrayLiteral("the shop's own file"));
    const QDateTime first(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
    QStringList written;
    for (int day = 0; day < 5; ++day) {
        auto backup = db::writeScheduledBackup(*store, test::kTestKey, folder, 3, first.addDays(day));
        REQUIRE(backup);
        CHECK(backup->bytes > 0);
        written << QFileInfo(backup->file).fileName();
    }
    CHECK(db::lastBackupTime(*store).value() == first.addDays(4));
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'backup_written'", u"audit").value() == 5);

    // The newest three stay; the shop's own file is never touched; nothing half-written remains.
    QStringList present = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(present == QStringList {QStringLiteral("notes.txt"), written[2], written[3], written[4]});

    // Each is a whole store that opens with the store's key and only with it.
    const QString newest = QDir(folder).filePath(written[4]);
    QFile raw(newest);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.read(16).startsWith("SQLite format 3"));
    raw.close();
    const QString copy = dir.file(QStringLiteral("restored.db"));
    REQUIRE(QFile::copy(newest, copy));
    CHECK(db::openStore(copy, QByteArrayLiteral("guess")).error().code == core::ErrorCode::WrongKey);
    auto restored = db::openStore(copy, test::kTestKey);
    REQUIRE(restored);
    CHECK(restored->queryInt("SELECT count(*) FROM sales", u"sales").value()
        == store->queryInt("SELECT count(*) FROM sales", u"sales").value());
}
