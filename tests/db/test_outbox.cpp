// SPDX-License-Identifier: GPL-3.0-or-later
// The sync outbox on a real store: the schema records every change other terminals need, in the
// change's own transaction, and a push is acknowledged once however often it is replayed.
#include "DbTestSupport.h"
#include "Outbox.h"
#include "ProductEditor.h"
#include "Transaction.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace ss;

TEST_CASE(
    "Outbox: changes recorded with their transaction, pushed once however often acknowledged", "[db][sync][outbox]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    // The demo's own history is in the outbox too: a till joining a shop brings what it sold.
    const qint64 history = db::pendingChangeCount(*store).value();
    CHECK(history
        == store
               ->queryInt("SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM customers)"
                          " + (SELECT count(*) FROM consents) + (SELECT count(*) FROM products)"
                          " + (SELECT count(*) FROM coupons) + (SELECT count(*) FROM coupons WHERE"
                          " redeemed_sale_id IS NOT NULL) + (SELECT count(*) FROM coupons WHERE voided_at"
                          " IS NOT NULL) + (SELECT count(*) FROM outbox WHERE op = 'update')",
                   u"t")
               .value());
    auto all = db::pendingChanges(*store, 1'000'000);
    REQUIRE(all);
    REQUIRE(db::markPushed(
        *store,
        [&] {
            std::vector<QString> uids;
            for (const db::OutboxChange& change : *all)
                uids.push_back(change.changeUid);
            return uids;
        }(),
        QDateTime::currentDateTimeUtc()));
    REQUIRE(db::pendingChangeCount(*store).value() == 0);

    // A product the owner makes: one change, with a unique id and a UTC time.
    const QString owner = test::staffUid(*store, "owner");
    core::ProductDraft draft;
    draft.sku = QStringLiteral("SYNC-1");
    draft.name = QStringLiteral("Sync test");
    draft.price = core::Money::fromMinor(100);
    draft.taxCode = QStringLiteral("standard");
    auto uid = db::saveProduct(*store, owner, draft);
    REQUIRE(uid);
    auto pending = db::pendingChanges(*store, 10);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().entity == QStringLiteral("product"));
    CHECK(pending->front().entityUid == *uid);
    CHECK(pending->front().op == QStringLiteral("insert"));
    CHECK(pending->front().createdAtUtc.isValid());
    CHECK(pending->front().changeUid.size() == 32);

    // Only what other shops use: a stock movement alone sends nothing, a price change does.
    REQUIRE(store->execute("UPDATE products SET stock = stock + 3 WHERE sku = 'SYNC-1'", u"t"));
    CHECK(db::pendingChangeCount(*store).value() == 1);
    REQUIRE(store->execute("UPDATE products SET price_minor = 120 WHERE sku = 'SYNC-1'", u"t"));
    CHECK(db::pendingChangeCount(*store).value() == 2);

    // A rolled-back change leaves nothing behind.
    {
        auto transaction = db::Transaction::begin(*store);
        REQUIRE(transaction);
        REQUIRE(store->execute("UPDATE products SET name = 'Renamed' WHERE sku = 'SYNC-1'", u"t"));
        CHECK(db::pendingChangeCount(*store).value() == 3);
    } // not committed
    CHECK(db::pendingChangeCount(*store).value() == 2);

    // A coupon redeemed is its own change; redeeming twice is refused by the schema, so never sent twice.
    const std::string coupon
        = store->queryText("SELECT uid FROM coupons WHERE redeemed_sale_id IS NULL AND voided_at IS NULL LIMIT 1", u"t")
              .value()
              .toStdString();
    if (!coupon.empty()) {
        REQUIRE(store->execute("UPDATE coupons SET redeemed_sale_id = (SELECT max(id) FROM sales), redeemed_at = "
                               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                               " WHERE uid = '"
                + coupon + "'",
            u"t"));
        CHECK(
            store
                ->queryInt("SELECT count(*) FROM outbox WHERE entity = 'coupon' AND op = 'redeem' AND pushed_at IS NULL"
                           " AND entity_uid = '"
                        + coupon + "'",
                    u"t")
                .value()
            == 1);
    }

    // Acknowledged twice (the answer to the first push was lost): marked once, nothing else moves.
    pending = db::pendingChanges(*store, 10);
    REQUIRE(pending);
    std::vector<QString> uids;
    QSet<QString> distinct;
    for (const db::OutboxChange& change : *pending) {
        uids.push_back(change.changeUid);
        distinct.insert(change.changeUid);
    }
    CHECK(distinct.size() == static_cast<qsizetype>(uids.size()));
    CHECK(db::markPushed(*store, uids, QDateTime::currentDateTimeUtc()).value() == static_cast<int>(uids.size()));
    CHECK(db::markPushed(*store, uids, QDateTime::currentDateTimeUtc()).value() == 0);
    CHECK(db::pendingChangeCount(*store).value() == 0);
}
