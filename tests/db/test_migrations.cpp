// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"
#include "DbTestSupport.h"
#include "Migrations.h"

#include <QDir>

using namespace ss;
using core::ErrorCode;
using test::kTestKey;
using test::TempDir;

TEST_CASE("Every migration applies to an empty file and stamps the schema", "[db][migrations]")
{
    TempDir dir;
    auto connection = db::Connection::open(dir.file(QStringLiteral("m.db")), kTestKey, test::createNew());
    REQUIRE(connection);
    auto version = db::migrate(*connection);
    REQUIRE(version);
    CHECK(*version == db::latestSchemaVersion());
    CHECK(connection->queryInt("PRAGMA user_version", u"t").value() == db::latestSchemaVersion());
    CHECK(connection->queryInt("PRAGMA application_id", u"t").value() == db::kApplicationId);
    for (const char* table : {"meta", "tax_classes", "categories", "products", "cashiers", "customers", "consents",
             "receipt_counters", "sales", "sale_lines", "payments", "stock_movements", "offer_rules", "coupons",
             "print_jobs", "audit_log"}) {
        INFO(table);
        const std::string sql
            = std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") + table + "'";
        CHECK(connection->queryInt(sql, u"t").value() == 1);
    }
    // Running again is a no-op.
    CHECK(db::migrate(*connection).value() == db::latestSchemaVersion());
    auto report = db::checkStore(*connection);
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
}

TEST_CASE("An older store is backed up before it is migrated, its data kept", "[db][migrations]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.db"));
    {
        // A store as release v1 left it: schema step 1 only, with a sale-free catalogue entry.
        auto connection = db::Connection::open(path, kTestKey, test::createNew());
        REQUIRE(connection);
        REQUIRE(db::migrate(*connection, 1).value() == 1);
        REQUIRE(connection->execute(
            "INSERT INTO tax_classes(code, name, rate_bp, inclusive) VALUES ('std', 'VAT', 2000, 1)", u"t"));
    }
    auto store = db::openStore(path, kTestKey);
    REQUIRE(store);
    CHECK(store->queryInt("PRAGMA user_version", u"t").value() == db::latestSchemaVersion());
    CHECK(store->queryInt("SELECT rate_bp FROM tax_classes WHERE code = 'std'", u"t").value() == 2000);
    CHECK(store->queryInt("SELECT count(*) FROM shifts", u"t").value() == 0);

    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.db.pre-v*.bak")});
    REQUIRE(backups.size() == 1);
    // The backup is the store exactly as it was before the migration.
    auto backup = db::Connection::open(dir.file(backups.first()), kTestKey);
    REQUIRE(backup);
    CHECK(backup->queryInt("PRAGMA user_version", u"t").value() == 1);
    CHECK(backup->queryInt("PRAGMA application_id", u"t").value() == db::kApplicationId);
    CHECK(backup->queryInt("SELECT rate_bp FROM tax_classes WHERE code = 'std'", u"t").value() == 2000);
}

TEST_CASE("A store from a newer SecondSale is refused, untouched", "[db][migrations]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.db"));
    {
        auto store = db::createStore(path, kTestKey, test::testProfile());
        REQUIRE(store);
        REQUIRE(store->execute("PRAGMA user_version = 999", u"t"));
        REQUIRE(store->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"t"));
    }
    const QByteArray before = test::readBytes(path);
    auto opened = db::openStore(path, kTestKey);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::SchemaTooNew);
    CHECK(test::readBytes(path) == before);
}

TEST_CASE("The store profile round-trips, hostile text included", "[db]")
{
    TempDir dir;
    core::StoreProfile profile = test::testProfile();
    profile.name = QStringLiteral("Robert'); DROP TABLE sales;-- <b>Zoë</b> & Søn");
    auto store = db::createStore(dir.file(QStringLiteral("p.db")), kTestKey, profile);
    REQUIRE(store);
    auto overview = db::readStoreOverview(*store);
    REQUIRE(overview);
    CHECK(overview->profile.name == profile.name);
    CHECK(overview->profile.terminalId == QStringLiteral("T09"));
    CHECK(store->queryInt("SELECT count(*) FROM sales", u"t").value() == 0);
}
