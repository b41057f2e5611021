// SPDX-License-Identifier: GPL-3.0-or-later
// The store the first-run wizard creates, on a real SQLCipher file.
#include "DbTestSupport.h"
#include "PinHash.h"
#include "Statement.h"
#include "StoreSetupWriter.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace ss;

namespace {

core::StoreSetup bikeShop(const QByteArray& key)
{
    core::StoreSetup setup;
    setup.profile = test::testProfile();
    setup.profile.name = QStringLiteral("Spokes & Sprockets");
    setup.profile.receiptHeader = QStringLiteral("VAT GB 123 4567 89\nOpen Tue–Sat 9–5");
    setup.profile.receiptFooter = QStringLiteral("Returns within 30 days with this receipt");
    setup.taxRates = core::StoreSetupRules::defaultTaxRates(QStringLiteral("GB"));
    setup.ownerName = QStringLiteral("Ada Wheeler");
    setup.ownerPin = QStringLiteral("8642");
    setup.keyKeeping = core::KeyKeeping::Passphrase;
    setup.key = key;
    return setup;
}

} // namespace

TEST_CASE("The wizard's store is encrypted, with its tax rates, the owner and the receipt's words", "[db][setup]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("a long passphrase");
    {
        auto created = db::createConfiguredStore(path, bikeShop(key));
        REQUIRE(created);
    }
    CHECK(db::openStore(path, QByteArrayLiteral("not the passphrase")).error().code == core::ErrorCode::WrongKey);
    // Not readable as plain SQLite: the file's first bytes are not the SQLite header.
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.read(16).startsWith("SQLite format 3"));

    auto store = db::openStore(path, key);
    REQUIRE(store);
    auto profile = db::readStoreProfile(*store);
    REQUIRE(profile);
    CHECK(profile->name == QStringLiteral("Spokes & Sprockets"));
    CHECK(profile->receiptHeader == QStringLiteral("VAT GB 123 4567 89\nOpen Tue–Sat 9–5"));
    CHECK(profile->receiptFooter == QStringLiteral("Returns within 30 days with this receipt"));

    auto rates
        = db::Statement::prepare(*store, "SELECT code, rate_bp, inclusive FROM tax_classes ORDER BY rate_bp DESC");
    REQUIRE(rates);
    QStringList seen;
    while (*rates->step())
        seen << QStringLiteral("%1=%2/%3").arg(rates->columnText(0)).arg(rates->columnInt(1)).arg(rates->columnInt(2));
    CHECK(seen
        == QStringList {
            QStringLiteral("standard=2000/1"), QStringLiteral("reduced=500/1"), QStringLiteral("zero=0/1")});

    auto owner = db::Statement::prepare(*store, "SELECT name, role, pin_hash FROM cashiers");
    REQUIRE(owner);
    REQUIRE(*owner->step());
    CHECK(owner->columnText(0) == QStringLiteral("Ada Wheeler"));
    CHECK(owner->columnText(1) == QStringLiteral("owner"));
    CHECK_FALSE(owner->columnText(2).contains(QStringLiteral("8642")));
    CHECK(db::verifyPin(owner->columnText(2), QStringLiteral("8642")));
    CHECK_FALSE(*owner->step()); // the owner and nobody else

    CHECK(store->queryText("SELECT detail FROM audit_log WHERE action = 'store_created'", u"audit").value()
        == QStringLiteral("key is a passphrase"));
}

TEST_CASE("A setup the rules refuse, or a store already there, leaves no file and changes nothing", "[db][setup]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shop.db"));

    core::StoreSetup shortPin = bikeShop(QByteArrayLiteral("a long passphrase"));
    shortPin.ownerPin = QStringLiteral("12");
    auto refused = db::createConfiguredStore(path, shortPin);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.contains(QStringLiteral("PIN")));
    CHECK_FALSE(QFileInfo::exists(path));

    const QString existing = test::makeTinyStore(dir, QStringLiteral("existing.db"));
    const qint64 sizeBefore = QFileInfo(existing).size();
    auto again = db::createConfiguredStore(existing, bikeShop(QByteArrayLiteral("a long passphrase")));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == core::ErrorCode::AlreadyExists);
    CHECK(QFileInfo(existing).size() == sizeBefore);
    CHECK(db::openStore(existing, test::kTestKey));
}

TEST_CASE("Store setup rules: PINs, passphrases, percentages, tax codes and recovery keys", "[db][setup]")
{
    using Rules = core::StoreSetupRules;
    CHECK(Rules::isValidPin(QStringLiteral("1234")));
    CHECK(Rules::isValidPin(QStringLiteral("12345678")));
    CHECK_FALSE(Rules::isValidPin(QStringLiteral("123")));
    CHECK_FALSE(Rules::isValidPin(QStringLiteral("123456789")));
    CHECK_FALSE(Rules::isValidPin(QStringLiteral("12a4")));

    CHECK(Rules::parsePercent(QStringLiteral("20")) == 2000);
    CHECK(Rules::parsePercent(QStringLiteral("5.5")) == 550);
    CHECK(Rules::parsePercent(QStringLiteral("7,25 %")) == 725);
    CHECK(Rules::parsePercent(QStringLiteral("100")) == 10000);
    CHECK_FALSE(Rules::parsePercent(QStringLiteral("100.01")));
    CHECK_FALSE(Rules::parsePercent(QStringLiteral("-5")));
    CHECK_FALSE(Rules::parsePercent(QStringLiteral("5.555")));
    CHECK_FALSE(Rules::parsePercent(QStringLiteral("twenty")));

    auto rates = Rules::defaultTaxRates(QStringLiteral("DE"));
    CHECK(Rules::taxRateProblems(rates).isEmpty());
    rates.push_back({QStringLiteral("Standard"), QStringLiteral("again"), 1900, true});
    CHECK(Rules::taxRateProblems(rates).size() == 1);
    CHECK(Rules::taxRateProblems({}).size() == 1);

    core::StoreSetup passphrase = bikeShop(QByteArrayLiteral("too short"));
    CHECK(Rules::problems(passphrase).join(u' ').contains(QStringLiteral("passphrase")));

    const QByteArray key = core::generateStoreKey();
    CHECK(key.size() == 64);
    CHECK(core::generateStoreKey() != key);
    const QString written = core::recoveryKeyText(key);
    CHECK(written.size() == 64 + 15);
    CHECK(core::keyFromTypedText(written) == key);
    CHECK(core::keyFromTypedText(written.toLower().replace(u'-', u' ')) == key);
    CHECK(core::keyFromTypedText(QStringLiteral("my shop passphrase")) == QByteArrayLiteral("my shop passphrase"));
}
