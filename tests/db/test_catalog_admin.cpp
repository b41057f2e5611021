// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue screen's storage: search, deactivate (never delete), bulk prices previewed then applied whole.
#include "CatalogAdmin.h"
#include "DbTestSupport.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Bulk price changes round half up in minor units and never go below zero", "[core][catalog]")
{
    using core::Money;
    CHECK(core::changedPrice(Money::fromMinor(1999), 1000) == Money::fromMinor(2199)); // 21.989 → 21.99
    CHECK(core::changedPrice(Money::fromMinor(1000), 250) == Money::fromMinor(1025));
    CHECK(core::changedPrice(Money::fromMinor(5), 1000) == Money::fromMinor(6)); // 5.5 → 6
    CHECK(core::changedPrice(Money::fromMinor(999), -5000) == Money::fromMinor(500)); // 499.5 → 500
    CHECK(core::changedPrice(Money::fromMinor(999), -10000) == Money::fromMinor(0));
    CHECK(core::changedPrice(Money::fromMinor(999), -20000) == Money::fromMinor(0));
}

TEST_CASE("Catalogue: search, deactivate and a bulk price change that applies whole or not at all", "[db][catalog]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString manager = store->queryText("SELECT uid FROM cashiers WHERE role = 'manager'", u"t").value();
    const QString cashier = store->queryText("SELECT uid FROM cashiers WHERE role = 'cashier'", u"t").value();
    const QString category = store
                                 ->queryText("SELECT g.name FROM categories g JOIN products p ON p.category_id = g.id "
                                             "GROUP BY g.id ORDER BY count(*) DESC LIMIT 1",
                                     u"t")
                                 .value();
    auto rows = db::catalogRows(*store, {}, category, false);
    REQUIRE(rows);
    REQUIRE(rows->size() >= 2);
    CHECK(std::all_of(rows->begin(), rows->end(), [&](const core::CatalogRow& r) { return r.category == category; }));
    // A search for "%" is a search for a percent sign, not for everything.
    CHECK(db::catalogRows(*store, QStringLiteral("%"), {}, true).value().empty());
    const auto bySku = db::catalogRows(*store, rows->front().sku, {}, false);
    REQUIRE(bySku);
    CHECK(bySku->front().uid == rows->front().uid);

    // Deactivated: out of the list, still in the store; a cashier may not.
    CHECK(db::setProductActive(*store, cashier, rows->front().uid, false).error().code
        == core::ErrorCode::PermissionDenied);
    REQUIRE(db::setProductActive(*store, manager, rows->front().uid, false));
    CHECK(db::catalogRows(*store, {}, category, false).value().size() == rows->size() - 1);
    CHECK(db::catalogRows(*store, {}, category, true).value().size() == rows->size());
    REQUIRE(db::setProductActive(*store, manager, rows->front().uid, true));

    // +10 % on the category, as previewed.
    const auto preview = core::previewPriceChange(*rows, 1000);
    REQUIRE(db::applyPriceChange(*store, manager, preview).value() == static_cast<int>(preview.size()));
    const auto after = db::catalogRows(*store, {}, category, false).value();
    for (const core::PriceChangeLine& line : preview) {
        const auto found
            = std::find_if(after.begin(), after.end(), [&](const auto& r) { return r.uid == line.product.uid; });
        REQUIRE(found != after.end());
        CHECK(found->price == line.newPrice);
    }

    // A stale preview (the prices moved since) changes nothing, not even the rows still current.
    const auto stale = core::previewPriceChange(*rows, -500);
    const QString pricesBefore = store->queryText("SELECT group_concat(price_minor) FROM products", u"t").value();
    auto refused = db::applyPriceChange(*store, manager, stale);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::AlreadyExists);
    CHECK(store->queryText("SELECT group_concat(price_minor) FROM products", u"t").value() == pricesBefore);
}
