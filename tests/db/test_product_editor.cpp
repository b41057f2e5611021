// SPDX-License-Identifier: GPL-3.0-or-later
// One product edited on a real store: several barcodes that all scan, one owner per code, the
// rules checked before anything is written, and a reorder level the low-stock list honours.
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "ProductEditor.h"
#include "SqlCatalog.h"
#include "Statement.h"
#include "StockLedger.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

core::ProductDraft newBike()
{
    core::ProductDraft draft;
    draft.sku = QStringLiteral("  BK-TUBE-700  ");
    // The maker's UPC-A (stored as its EAN-13 form), and the shop's own label code.
    draft.barcodes = {QStringLiteral("036000291452"), QStringLiteral("SHOP-0042"), QString()};
    draft.name = QStringLiteral("Inner tube 700x25c");
    draft.category = QStringLiteral("Tyres & tubes");
    draft.price = core::Money::fromMinor(799);
    draft.cost = core::Money::fromMinor(310);
    draft.taxCode = QStringLiteral("standard");
    draft.reorderLevel = 10;
    return draft;
}

} // namespace

TEST_CASE("A product made on screen has several barcodes, all of which scan", "[db][catalog][product]")
{
    test::TempDir dir;
    const QString path = test::makeTinyStore(dir);
    QString uid;
    {
        auto store = db::openStore(path, test::kTestKey);
        REQUIRE(store);
        const QString manager = test::staffUid(*store, "manager");
        const qint64 products = store->queryInt("SELECT count(*) FROM products", u"t").value();

        // A cashier may not; the product is not made.
        CHECK(db::saveProduct(*store, test::staffUid(*store, "cashier"), newBike()).error().code
            == core::ErrorCode::PermissionDenied);
        CHECK(store->queryInt("SELECT count(*) FROM products", u"t").value() == products);

        auto saved = db::saveProduct(*store, manager, newBike());
        REQUIRE(saved);
        uid = *saved;
        auto read = db::productDraft(*store, uid);
        REQUIRE(read);
        CHECK(read->sku == QStringLiteral("BK-TUBE-700"));
        CHECK(read->barcodes == QStringList {QStringLiteral("0036000291452"), QStringLiteral("SHOP-0042")});
        CHECK(read->category == QStringLiteral("Tyres & tubes"));
        CHECK(read->cost == core::Money::fromMinor(310));
        CHECK(read->reorderLevel == 10);
        CHECK(store->queryInt("SELECT stock FROM products WHERE sku = 'BK-TUBE-700'", u"t").value() == 0);
        CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'product_created'", u"t").value() == 1);

        // With no stock it is below its own reorder level, whatever the general threshold.
        auto low = db::lowStock(*store, 0, 100);
        REQUIRE(low);
        CHECK(std::any_of(low->begin(), low->end(), [](const core::StockLine& l) { return l.sku == u"BK-TUBE-700"; }));
        auto byShopCode = db::stockLineByCode(*store, QStringLiteral("SHOP-0042"));
        REQUIRE(byShopCode);
        REQUIRE(byShopCode->has_value());
        CHECK((*byShopCode)->sku == QStringLiteral("BK-TUBE-700"));
    }
    db::DbWorker worker;
    auto opened = worker.open(path, test::kTestKey);
    opened.waitForFinished();
    REQUIRE(opened.result());
    db::SqlCatalog catalog(worker);
    // The till normalises what was scanned before it asks (UPC-A 036000291452 arrives as EAN-13).
    for (const QString& code :
        {QStringLiteral("0036000291452"), QStringLiteral("SHOP-0042"), QStringLiteral("BK-TUBE-700")}) {
        auto found = catalog.findByCode(code);
        found.waitForFinished();
        INFO(code.toStdString());
        REQUIRE(found.result());
        REQUIRE(found.result()->has_value());
        CHECK((*found.result())->uid == uid);
    }
}

TEST_CASE("A code scans as one product only, and a bad edit changes nothing", "[db][catalog][product]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString owner = test::staffUid(*store, "owner");
    auto bike = db::saveProduct(*store, owner, newBike());
    REQUIRE(bike);
    const QString otherUid
        = store->queryText("SELECT uid FROM products WHERE sku != 'BK-TUBE-700' LIMIT 1", u"t").value();
    auto other = db::productDraft(*store, otherUid);
    REQUIRE(other);
    const core::ProductDraft before = *other;

    SECTION("another product's extra code is refused, by name of that product")
    {
        other->barcodes << QStringLiteral("SHOP-0042");
        auto refused = db::saveProduct(*store, owner, *other);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::AlreadyExists);
        CHECK(refused.error().detail.contains(QStringLiteral("BK-TUBE-700")));
    }
    SECTION("another product's SKU is refused")
    {
        other->sku = QStringLiteral("BK-TUBE-700");
        CHECK(db::saveProduct(*store, owner, *other).error().code == core::ErrorCode::AlreadyExists);
    }
    SECTION("every field problem at once: a wrong check digit, a code twice, no name, no tax class")
    {
        other->barcodes = {QStringLiteral("4006381333932"), QStringLiteral("AB-1"), QStringLiteral("AB-1")};
        other->name = QStringLiteral("   ");
        other->taxCode.clear();
        auto refused = db::saveProduct(*store, owner, *other);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
        const QStringList problems = refused.error().detail.split(u'\n');
        CHECK(problems.size() == 4);
        CHECK(refused.error().detail.contains(QStringLiteral("check digit")));
    }
    SECTION("the schema refuses a duplicate even if a caller skips the checks")
    {
        const std::string sql
            = "UPDATE products SET barcode = 'SHOP-0042' WHERE uid = '" + otherUid.toStdString() + "'";
        CHECK_FALSE(store->execute(sql, u"t"));
        const std::string extra = "INSERT INTO product_barcodes(code, product_id, added_at) SELECT barcode, "
                                  "(SELECT id FROM products WHERE sku = 'BK-TUBE-700'), 'x' FROM products WHERE uid = '"
            + otherUid.toStdString() + "'";
        CHECK_FALSE(store->execute(extra, u"t"));
    }
    auto after = db::productDraft(*store, otherUid);
    REQUIRE(after);
    CHECK(after->barcodes == before.barcodes);
    CHECK(after->sku == before.sku);
    CHECK(after->name == before.name);

    SECTION("an extra code becomes the main one, and the old main one stays as an extra")
    {
        auto draft = db::productDraft(*store, *bike);
        REQUIRE(draft);
        draft->barcodes = {draft->barcodes[1], draft->barcodes[0]};
        draft->reorderLevel.reset();
        REQUIRE(db::saveProduct(*store, owner, *draft));
        auto swapped = db::productDraft(*store, *bike);
        CHECK(swapped->barcodes == QStringList {QStringLiteral("SHOP-0042"), QStringLiteral("0036000291452")});
        CHECK_FALSE(swapped->reorderLevel.has_value());
        CHECK(store->queryText("SELECT barcode FROM products WHERE sku = 'BK-TUBE-700'", u"t").value()
            == QStringLiteral("SHOP-0042"));
    }
}
