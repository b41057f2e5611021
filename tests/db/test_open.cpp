// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"
#include "DbTestSupport.h"
#include "Migrations.h"

#include <QFileInfo>

using namespace ss;
using core::ErrorCode;
using test::kTestKey;
using test::TempDir;

TEST_CASE("A wrong key is a distinct error and leaves the file untouched", "[db][key]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    const QByteArray before = test::readBytes(path);

    auto opened = db::openStore(path, QByteArrayLiteral("not the key"));
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::WrongKey);
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // And the right key still opens it afterwards.
    CHECK(db::openStore(path, kTestKey));
}

TEST_CASE("A missing or empty file is never silently turned into a new store", "[db][key]")
{
    TempDir dir;
    auto missing = db::openStore(dir.file(QStringLiteral("nope.db")), kTestKey);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("nope.db"))));

    const QString empty = dir.file(QStringLiteral("empty.db"));
    test::writeBytes(empty, {});
    auto opened = db::openStore(empty, kTestKey);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotSecondSaleDatabase);
    CHECK(QFileInfo(empty).size() == 0);
}

TEST_CASE("Other files are told apart from SecondSale stores", "[db][key]")
{
    TempDir dir;
    SECTION("a plain, unencrypted SQLite database")
    {
        const QString path = dir.file(QStringLiteral("plain.db"));
        {
            auto plain = db::Connection::open(path, {}, test::createNew());
            REQUIRE(plain);
            REQUIRE(plain->execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)", u"test"));
        }
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::WrongKey);
    }
    SECTION("an encrypted database that is not ours")
    {
        const QString path = dir.file(QStringLiteral("other.db"));
        {
            auto other = db::Connection::open(path, kTestKey, test::createNew());
            REQUIRE(other);
            REQUIRE(other->execute("CREATE TABLE t(x)", u"test"));
        }
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::NotSecondSaleDatabase);
    }
    SECTION("a text file")
    {
        const QString path = dir.file(QStringLiteral("notes.txt"));
        test::writeBytes(path, QByteArray("shopping list: milk, bread\n").repeated(200));
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::WrongKey);
    }
}

TEST_CASE("A damaged file gives a clear error and is never recreated", "[db][corruption]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    const QByteArray good = test::readBytes(path);
    REQUIRE(good.size() > 8 * 4096);

    SECTION("truncated to half")
    {
        test::writeBytes(path, good.left(good.size() / 2));
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        INFO(opened.error().detail);
        CHECK((opened.error().code == ErrorCode::DbCorrupt || opened.error().code == ErrorCode::WrongKey));
        CHECK(QFileInfo(path).size() == good.size() / 2);
    }
    SECTION("a flipped byte inside a later page fails the integrity check")
    {
        QByteArray damaged = good;
        const qsizetype offset = 4 * 4096 + 1000;
        damaged[offset] = static_cast<char>(damaged[offset] ^ 0x01);
        test::writeBytes(path, damaged);
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        INFO(opened.error().detail);
        CHECK(opened.error().code == ErrorCode::DbCorrupt);
        CHECK(test::readBytes(path) == damaged);
    }
    SECTION("a flipped byte in the first page looks like a wrong key, and is reported, not replaced")
    {
        QByteArray damaged = good;
        damaged[100] = static_cast<char>(damaged[100] ^ 0x80);
        test::writeBytes(path, damaged);
        auto opened = db::openStore(path, kTestKey);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::WrongKey);
        CHECK(test::readBytes(path) == damaged);
    }
}

TEST_CASE("Connection pragmas: WAL, full sync, foreign keys, temp store in memory", "[db]")
{
    TempDir dir;
    auto store = db::createStore(dir.file(QStringLiteral("s.db")), kTestKey, test::testProfile());
    REQUIRE(store);
    CHECK(store->queryText("PRAGMA journal_mode", u"t").value() == QStringLiteral("wal"));
    CHECK(store->queryInt("PRAGMA synchronous", u"t").value() == 2);
    CHECK(store->queryInt("PRAGMA foreign_keys", u"t").value() == 1);
    CHECK(store->queryInt("PRAGMA temp_store", u"t").value() == 2);
    CHECK(store->queryInt("PRAGMA cipher_page_size", u"t").value() == 1024);
    CHECK(store->queryInt("PRAGMA kdf_iter", u"t").value() == 256000);
    CHECK_FALSE(store->queryText("PRAGMA cipher_version", u"t").value().isEmpty());
}
