// SPDX-License-Identifier: GPL-3.0-or-later
// Product import on a real store: dry runs and refused imports change nothing; an import is whole.
#include "DbTestSupport.h"
#include "SqlProductImport.h"
#include "Statement.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

struct Fingerprint
{
    qint64 products, categories, movements, stockSum;
    QString names;
    bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint(db::Connection& store)
{
    return {store.queryInt("SELECT count(*) FROM products", u"t").value(),
        store.queryInt("SELECT count(*) FROM categories", u"t").value(),
        store.queryInt("SELECT count(*) FROM stock_movements", u"t").value(),
        store.queryInt("SELECT coalesce(sum(stock), 0) FROM products", u"t").value(),
        store.queryText("SELECT group_concat(sku || ':' || name || ':' || price_minor, '|') FROM products", u"t")
            .value()};
}

core::ImportPlan planFor(db::Connection& store, const QByteArray& file, core::CsvTable& table)
{
    auto read = core::readCsv(file);
    REQUIRE(read);
    table = *read;
    auto snapshot = db::loadCatalogSnapshot(store);
    REQUIRE(snapshot);
    return core::ProductImport::plan(table, core::ProductImport::guessMapping(table.header), *snapshot);
}

} // namespace

TEST_CASE("A product import is all or nothing, and the stock stays the sum of its ledger", "[db][import]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString existingSku = store->queryText("SELECT sku FROM products ORDER BY id LIMIT 1", u"t").value();
    const Fingerprint before = fingerprint(*store);

    // A messy file: the dry run reports, the apply refuses, nothing changes.
    core::CsvTable table;
    const QByteArray messy = "sku;name;price;stock;category\n"
                             "NEW-1;Glue;3,50;10;Tools\n"
                             "NEW-2;Knife;-1;;Tools\n";
    core::ImportPlan plan = planFor(*store, messy, table);
    CHECK(plan.rejects == 1);
    CHECK(fingerprint(*store) == before);
    auto refused = db::applyProductImport(*store, plan, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
    CHECK(fingerprint(*store) == before);

    // Windows-1252, an update of an existing SKU and two new products in a new category.
    const QByteArray good = QByteArray("sku;name;price;stock;category\n") + existingSku.toLatin1()
        + ";Renamed item;9,99;7;\n"
          "NEW-1;Cutting mat A3;12;10;Werkzeug f\xFCr Modellbau\n"
          "NEW-3;\"Tweezers, fine\";4;0;Werkzeug f\xFCr Modellbau\n";
    plan = planFor(*store, good, table);
    CHECK(table.encoding == QStringLiteral("Windows-1252"));
    REQUIRE(plan.canApply());
    std::vector<std::pair<int, int>> progress;
    auto applied = db::applyProductImport(
        *store, plan, {}, false, [&](int done, int total) { progress.emplace_back(done, total); });
    REQUIRE(applied);
    CHECK(applied->created == 2);
    CHECK(applied->updated == 1);
    CHECK(applied->categoriesCreated == 1);
    CHECK(progress.back() == std::pair {3, 3});
    CHECK(store->queryText("SELECT name FROM categories ORDER BY id DESC LIMIT 1", u"t").value()
        == QStringLiteral("Werkzeug für Modellbau"));
    CHECK(store->queryInt("SELECT stock FROM products WHERE sku = 'NEW-1'", u"t").value() == 10);
    // Every product's stock is the sum of its ledger entries (the demo's history included).
    CHECK(store
              ->queryInt("SELECT count(*) FROM products p WHERE p.stock <>"
                         " (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.product_id = p.id)",
                  u"t")
              .value()
        == 0);
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'import_products'", u"t").value() == 1);

    // The export reads back as an import that changes nothing (names with commas, quotes, = signs).
    auto exported = db::exportProductsCsv(*store);
    REQUIRE(exported);
    const Fingerprint afterImport = fingerprint(*store);
    plan = planFor(*store, *exported, table);
    CHECK(plan.rejects == 0);
    CHECK(plan.creates == 0);
    REQUIRE(db::applyProductImport(*store, plan, {}));
    CHECK(fingerprint(*store).names == afterImport.names);
    CHECK(fingerprint(*store).stockSum == afterImport.stockSum);
    CHECK(fingerprint(*store).movements == afterImport.movements); // no stock changed, no ledger entry
}

TEST_CASE("An import whose store changed after its dry run is rolled back whole", "[db][import]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    core::CsvTable table;
    const core::ImportPlan plan = planFor(*store, "sku,barcode,name,price\nZ-1,,One,1\nZ-2,96385074,Two,2\n", table);
    REQUIRE(plan.canApply());
    // Meanwhile someone gives another product that barcode.
    REQUIRE(store->execute("UPDATE products SET barcode = '96385074' WHERE id = 1", u"t"));
    const Fingerprint before = fingerprint(*store);
    auto applied = db::applyProductImport(*store, plan, {});
    REQUIRE_FALSE(applied);
    CHECK(fingerprint(*store) == before); // Z-1 was not left behind
}

TEST_CASE("Other barcodes travel through export and import, and stay one product's", "[db][import][product]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString owner = test::staffUid(*store, "owner");
    const QString first = store->queryText("SELECT sku FROM products ORDER BY id LIMIT 1", u"t").value();
    const QString second = store->queryText("SELECT sku FROM products ORDER BY id LIMIT 1 OFFSET 1", u"t").value();

    // The shop's own label code and a UPC-A (kept in its EAN-13 form) for the first product.
    core::CsvTable table;
    core::ImportPlan plan
        = planFor(*store, "sku,other_barcodes\n" + first.toUtf8() + ",SHOP-7 | 036000291452\n", table);
    REQUIRE(plan.rejects == 0);
    REQUIRE(db::applyProductImport(*store, plan, owner));
    CHECK(
        store->queryText("SELECT group_concat(code, ' ') FROM (SELECT code FROM product_barcodes ORDER BY code)", u"t")
            .value()
        == QStringLiteral("0036000291452 SHOP-7"));

    // Exported, the codes are in their own column; the same file read back changes nothing.
    auto csv = db::exportProductsCsv(*store);
    REQUIRE(csv);
    CHECK(csv->startsWith("sku,barcode,name,category,price,cost,tax,stock,active,other_barcodes"));
    CHECK(csv->contains("0036000291452 SHOP-7"));
    plan = planFor(*store, *csv, table);
    CHECK(plan.rejects == 0);
    REQUIRE(db::applyProductImport(*store, plan, owner));
    CHECK(store->queryInt("SELECT count(*) FROM product_barcodes", u"t").value() == 2);

    // Another product may not take one of them: rejected with the owner's SKU, nothing written.
    plan = planFor(*store, "sku,other_barcodes\n" + second.toUtf8() + ",SHOP-7\n", table);
    REQUIRE(plan.rejects == 1);
    CHECK(plan.rows.front().reasons.join(u' ').contains(first));
    plan = planFor(*store, "sku,barcode\n" + second.toUtf8() + ",SHOP-7\n", table);
    CHECK(plan.rejects == 1);

    // The first product's other code becomes its main one; an empty column clears the rest.
    plan = planFor(*store, "sku,barcode,other_barcodes\n" + first.toUtf8() + ",SHOP-7,\n", table);
    REQUIRE(plan.rejects == 0);
    REQUIRE(db::applyProductImport(*store, plan, owner));
    CHECK(store->queryText("SELECT barcode FROM products WHERE sku = '" + first.toStdString() + "'", u"t").value()
        == QStringLiteral("SHOP-7"));
    CHECK(store->queryInt("SELECT count(*) FROM product_barcodes", u"t").value() == 0);
}
