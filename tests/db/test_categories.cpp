// SPDX-License-Identifier: GPL-3.0-or-later
// The category tree on a real store: built, moved, removed when empty, and the catalogue's
// filter on a category taking in its subcategories.
#include "CatalogAdmin.h"
#include "CategoryStore.h"
#include "DbTestSupport.h"
#include "ProductEditor.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Categories: a tree built, moved and pruned by who may, and filters that include subcategories",
    "[db][catalog][categories]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString manager = test::staffUid(*store, "manager");
    CHECK(db::saveCategory(*store, test::staffUid(*store, "cashier"), {}, QStringLiteral("Trains"), {}).error().code
        == core::ErrorCode::PermissionDenied);

    auto trains = db::saveCategory(*store, manager, {}, QStringLiteral("Rolling stock"), {});
    REQUIRE(trains);
    auto locos = db::saveCategory(*store, manager, {}, QStringLiteral("Locomotives"), *trains);
    REQUIRE(locos);
    // Never inside itself; nothing changes.
    auto loop = db::saveCategory(*store, manager, *trains, QStringLiteral("Rolling stock"), *locos);
    REQUIRE_FALSE(loop);
    CHECK(loop.error().code == core::ErrorCode::InvalidArgument);
    CHECK(
        store->queryText("SELECT coalesce(parent_id, 'top') FROM categories WHERE name = 'Rolling stock'", u"t").value()
        == QStringLiteral("top"));

    // A product in the subcategory is listed under its parent too.
    core::ProductDraft loco;
    loco.sku = QStringLiteral("LOC-66");
    loco.name = QStringLiteral("Class 66 diesel");
    loco.price = core::Money::fromMinor(17099);
    loco.taxCode = QStringLiteral("standard");
    loco.categoryUid = *locos;
    REQUIRE(db::saveProduct(*store, manager, loco));
    for (const char* filter : {"Rolling stock", "Locomotives"}) {
        auto rows = db::catalogRows(*store, {}, QString::fromLatin1(filter), false);
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        CHECK(rows->front().sku == QStringLiteral("LOC-66"));
    }

    // Renamed and moved to the top; a category with products or children stays.
    REQUIRE(db::saveCategory(*store, manager, *locos, QStringLiteral("Locos"), {}));
    auto nodes = db::categoryNodes(*store);
    REQUIRE(nodes);
    const core::CategoryTree tree(*nodes);
    CHECK(tree.path(*locos) == QStringLiteral("Locos"));
    CHECK(tree.find(*locos)->productCount == 1);
    CHECK(db::removeCategory(*store, manager, *locos).error().code == core::ErrorCode::InvalidArgument);
    REQUIRE(db::removeCategory(*store, manager, *trains));
    CHECK(store->queryInt("SELECT count(*) FROM categories WHERE name = 'Rolling stock'", u"t").value() == 0);
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action LIKE 'category_%'", u"t").value() == 4);
}
