// SPDX-License-Identifier: GPL-3.0-or-later
// Stock changes on a real store: each one a ledger entry, the stock always the ledger's sum.
#include "DbTestSupport.h"
#include "StockLedger.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {
qint64 ledgerMismatches(db::Connection& store)
{
    return store
        .queryInt("SELECT count(*) FROM products p WHERE p.stock <>"
                  " (SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.product_id = p.id)",
            u"t")
        .value();
}
} // namespace

TEST_CASE("Receiving, counting and writing off stock are ledger entries; the stock is their sum", "[db][stock]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString manager = store->queryText("SELECT uid FROM cashiers WHERE role = 'manager'", u"t").value();
    const QString cashier = store->queryText("SELECT uid FROM cashiers WHERE role = 'cashier'", u"t").value();
    const QString barcode
        = store->queryText("SELECT barcode FROM products WHERE barcode IS NOT NULL LIMIT 1", u"t").value();
    auto line = db::stockLineByCode(*store, barcode);
    REQUIRE(line);
    REQUIRE(*line);
    const qint64 start = (*line)->stock;
    CHECK(ledgerMismatches(*store) == 0);

    core::StockChange receive {(*line)->uid, core::StockReason::Receive, 12, core::Money::fromMinor(350)};
    CHECK(db::recordStockChange(*store, manager, receive).value() == start + 12);
    CHECK(
        store->queryInt("SELECT cost_minor FROM products WHERE barcode = '" + barcode.toStdString() + "'", u"t").value()
        == 350);
    core::StockChange damaged {(*line)->uid, core::StockReason::Damaged, 2, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, damaged).value() == start + 10);
    core::StockChange count {(*line)->uid, core::StockReason::Count, 7, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, count).value() == 7);
    core::StockChange correction {(*line)->uid, core::StockReason::Correction, -1, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, correction).value() == 6);
    CHECK(ledgerMismatches(*store) == 0);
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'stock_change'", u"t").value() == 4);

    // Refused, and nothing changes: a cashier; nothing received; a cost on a write-off; no product.
    CHECK(db::recordStockChange(*store, cashier, receive).error().code == core::ErrorCode::PermissionDenied);
    core::StockChange none {(*line)->uid, core::StockReason::Receive, 0, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, none).error().code == core::ErrorCode::InvalidArgument);
    core::StockChange costly {(*line)->uid, core::StockReason::Theft, 1, core::Money::fromMinor(100)};
    CHECK(db::recordStockChange(*store, manager, costly).error().code == core::ErrorCode::InvalidArgument);
    core::StockChange ghost {QStringLiteral("no-such-uid"), core::StockReason::Receive, 1, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, ghost).error().code == core::ErrorCode::NotFound);
    CHECK(db::stockLineByCode(*store, barcode).value()->stock == 6);

    // The low-stock list: at most N, fewest first, active products only.
    auto low = db::lowStock(*store, 6);
    REQUIRE(low);
    CHECK(std::any_of(low->begin(), low->end(), [&](const core::StockLine& l) { return l.uid == (*line)->uid; }));
    CHECK(std::is_sorted(low->begin(), low->end(), [](const auto& a, const auto& b) { return a.stock < b.stock; }));
    CHECK(db::stockLineByCode(*store, QStringLiteral("nothing-like-this")).value() == std::nullopt);
}
