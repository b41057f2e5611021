// SPDX-License-Identifier: GPL-3.0-or-later
// Shelf label jobs in the durable print queue: who may queue them, and that they print the
// product as it is when the printer gets to them.
#include "ActingStaff.h"
#include "DbTestSupport.h"
#include "ShelfLabelJobs.h"
#include "Statement.h"
#include "StoreSettingsStore.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Shelf labels are queued by who may, and print the price of the moment", "[db][labels]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QStringList products {store->queryText("SELECT uid FROM products ORDER BY id LIMIT 1", u"t").value(),
        store->queryText("SELECT uid FROM products ORDER BY id LIMIT 1 OFFSET 1", u"t").value()};

    CHECK(db::queueShelfLabels(*store, test::staffUid(*store, "cashier"), products).error().code
        == core::ErrorCode::PermissionDenied);
    CHECK(db::queueShelfLabels(*store, test::staffUid(*store, "manager"), {}).error().code
        == core::ErrorCode::InvalidArgument);
    CHECK(db::queueShelfLabels(*store, test::staffUid(*store, "manager"), {QStringLiteral("no-such-uid")}).error().code
        == core::ErrorCode::NotFound);
    CHECK(store->queryInt("SELECT count(*) FROM print_jobs WHERE kind = 'label'", u"t").value() == 0);

    auto job = db::queueShelfLabels(*store, test::staffUid(*store, "manager"), products);
    REQUIRE(job);
    // The price changes before the printer gets to the job: the label shows the new one.
    REQUIRE(store->execute("UPDATE products SET price_minor = 1234 WHERE id = (SELECT min(id) FROM products)", u"t"));
    const QString body
        = store->queryText("SELECT body FROM print_jobs WHERE id = " + std::to_string(*job), u"t").value();
    auto paper = db::shelfLabelPaper(*store, body);
    REQUIRE(paper);
    QStringList texts;
    for (const core::ReceiptBlock& block : paper->blocks)
        texts << block.left;
    const QString currency = store->queryText("SELECT value FROM meta WHERE key = 'currency'", u"t").value();
    CHECK(texts.contains(currency + QStringLiteral(" 12.34")));
    CHECK(texts.contains(store->queryText("SELECT name FROM products ORDER BY id LIMIT 1 OFFSET 1", u"t").value()));

    // Withheld by the owner, a manager may no longer queue them; the owner still may.
    auto settings = db::readStoreSettings(*store);
    REQUIRE(settings);
    settings->permissions.setManagerMay(core::Permission::ShelfLabels, false);
    REQUIRE(db::saveStoreSettings(*store, test::staffUid(*store, "owner"), *settings));
    CHECK(db::queueShelfLabels(*store, test::staffUid(*store, "manager"), products).error().code
        == core::ErrorCode::PermissionDenied);
    CHECK(db::queueShelfLabels(*store, test::staffUid(*store, "owner"), products));
}
