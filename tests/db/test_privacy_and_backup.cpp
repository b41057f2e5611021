// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"
#include "DbTestSupport.h"
#include "Migrations.h"
#include "SqlDemoWriter.h"
#include "Transaction.h"
#include "Uid.h"

#include <QDir>
#include <QFileInfo>

using namespace ss;
using core::ErrorCode;
using test::kTestKey;
using test::TempDir;

namespace {

const QByteArray kCanaryEmail = QByteArrayLiteral("canary.customer.4711@example.org");

/// Writes a customer through the app's own writer, committed and left in the WAL.
void addCanaryCustomer(db::Connection& connection)
{
    db::SqlDemoWriter writer(connection);
    core::CustomerRecord customer;
    customer.uid = core::newUid();
    customer.firstName = QStringLiteral("Canary");
    customer.email = QString::fromLatin1(kCanaryEmail);
    customer.phoneE164 = QStringLiteral("+447700900471");
    customer.createdAtUtc = QDateTime::currentDateTimeUtc();
    REQUIRE(writer.addCustomer(customer));
    REQUIRE(writer.finish());
}

} // namespace

TEST_CASE("A customer's email is not findable in the raw database, its WAL or a backup", "[db][privacy]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("private.db"));
    auto store = db::createStore(path, kTestKey, test::testProfile());
    REQUIRE(store);
    addCanaryCustomer(*store);

    // Still open: the committed row lives in the WAL right now.
    const QByteArray wal = test::readBytes(path + QStringLiteral("-wal"));
    REQUIRE(wal.size() > 0);
    CHECK_FALSE(wal.contains(kCanaryEmail));
    CHECK_FALSE(wal.contains(QByteArrayLiteral("+447700900471")));

    const QString backup = dir.file(QStringLiteral("private.backup"));
    REQUIRE(db::exportEncrypted(*store, backup, kTestKey));
    REQUIRE(store->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"t"));
    CHECK_FALSE(test::readBytes(path).contains(kCanaryEmail));
    CHECK_FALSE(test::readBytes(backup).contains(kCanaryEmail));
    CHECK(
        store->queryInt("SELECT count(*) FROM customers WHERE email = 'canary.customer.4711@example.org'", u"t").value()
        == 1);

    // Control: the same write to an unencrypted database is findable, so the grep above can see it.
    const QString plainPath = dir.file(QStringLiteral("plain.db"));
    auto plain = db::Connection::open(plainPath, {}, test::createNew());
    REQUIRE(plain);
    REQUIRE(db::migrate(*plain));
    addCanaryCustomer(*plain);
    CHECK((test::readBytes(plainPath) + test::readBytes(plainPath + QStringLiteral("-wal"))).contains(kCanaryEmail));
}

TEST_CASE("Backup then restore brings the store back, and keeps the replaced file", "[db][backup]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    const QString backup = dir.file(QStringLiteral("store.backup"));
    qint64 customers = 0;
    {
        auto store = db::openStore(path, kTestKey);
        REQUIRE(store);
        customers = store->queryInt("SELECT count(*) FROM customers", u"t").value();
        REQUIRE(db::exportEncrypted(*store, backup, kTestKey));
        // Refuses to overwrite an existing backup.
        auto again = db::exportEncrypted(*store, backup, kTestKey);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::AlreadyExists);
        addCanaryCustomer(*store);
        CHECK(store->queryInt("SELECT count(*) FROM customers", u"t").value() == customers + 1);
    }

    SECTION("restore with the right key")
    {
        auto keptAs = db::restoreBackup(backup, kTestKey, path);
        REQUIRE(keptAs);
        CHECK(QFileInfo::exists(*keptAs));
        auto restored = db::openStore(path, kTestKey);
        REQUIRE(restored);
        CHECK(restored->queryInt("SELECT count(*) FROM customers", u"t").value() == customers);
        auto report = db::checkStore(*restored);
        REQUIRE(report);
        CHECK(report->problems.isEmpty());
        // The replaced store is whole, with the customer added after the backup.
        auto kept = db::openStore(*keptAs, kTestKey);
        REQUIRE(kept);
        CHECK(kept->queryInt("SELECT count(*) FROM customers", u"t").value() == customers + 1);
    }
    SECTION("restore with a wrong key changes nothing")
    {
        const QByteArray before = test::readBytes(path);
        auto restored = db::restoreBackup(backup, QByteArrayLiteral("wrong"), path);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::WrongKey);
        CHECK(test::readBytes(path) == before);
    }
}

TEST_CASE("Rekey: the new key opens the store, the old one no longer does", "[db][key]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    const QByteArray newKey = QByteArrayLiteral("a brand new passphrase ÿ€");
    REQUIRE(db::rekeyStore(path, kTestKey, newKey));
    auto old = db::openStore(path, kTestKey);
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::WrongKey);
    auto fresh = db::openStore(path, newKey);
    REQUIRE(fresh);
    CHECK(fresh->queryInt("SELECT count(*) FROM customers", u"t").value() == test::tinyDemo().customers);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.rekeyed*")}).isEmpty());

    auto wrong = db::rekeyStore(path, QByteArrayLiteral("nope"), QByteArrayLiteral("x"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongKey);
}
