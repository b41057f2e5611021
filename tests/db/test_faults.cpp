// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection under a sale's commit: a full disk, a write error, a failed fsync (FaultyVfs,
// below the real SQLCipher store). The sale is refused with the reason, the cart and payments are
// kept, nothing of it is in the store; freed of the fault, the same sale commits exactly once.
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "FaultyVfs.h"
#include "SqlCatalog.h"
#include "SqlSales.h"
#include "SqlStaff.h"
#include "StoreFile.h"
#include "WorkerQueries.h"
#include "sale/CheckoutSession.h"

using namespace ss;
using core::ErrorCode;
using test::FaultyVfs;
using test::kTestKey;
using test::TempDir;
using test::waitUntil;

namespace {

struct FaultyTill
{
    FaultyVfs vfs; // first in, last out: the store is opened through it and closed before it goes
    TempDir dir;
    QString path = test::makeTinyStore(dir);
    std::unique_ptr<db::DbWorker> worker = std::make_unique<db::DbWorker>();
    test::WorkerQueries queries {*worker};
    core::SystemClock clock;
    db::SqlCatalog catalog {*worker};
    db::SqlSales sales {*worker, clock};
    db::SqlStaff staff {*worker};
    core::CheckoutSession session {catalog, sales, clock, {QStringLiteral("T01"), QStringLiteral("GBP"), {}}};
    std::vector<core::CommittedSale> committed;
    std::vector<core::Error> failures;
    int accepted = 0;

    FaultyTill()
    {
        auto opened = worker->open(path, kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        QObject::connect(&session, &core::CheckoutSession::saleCommitted,
            [this](const core::CommittedSale& sale) { committed.push_back(sale); });
        QObject::connect(&session, &core::CheckoutSession::saleFailed,
            [this](const core::Error& error) { failures.push_back(error); });
        QObject::connect(&session, &core::CheckoutSession::scanAccepted, [this](int) { ++accepted; });
        auto people = staff.activeStaff();
        people.waitForFinished();
        REQUIRE(people.result());
        const auto list = *people.result();
        REQUIRE(!list.empty());
        session.setCashier(list.front());
    }

    ~FaultyTill()
    {
        if (worker)
            worker->drain(); // jobs in flight finish while their continuations' objects exist
        worker.reset(); // closes the store while the VFS is still registered
    }

    qint64 count(const std::string& sql) { return queries.count(sql); }

    /// Two items, paid by card, waiting only for the commit.
    void ringUpAndPay()
    {
        for (int offset : {0, 1})
            session.scan(
                {queries.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET " + std::to_string(offset)),
                    core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return accepted == 2; }));
        REQUIRE(session.beginTender());
        REQUIRE(session.tendering()->addCard(session.tendering()->due()));
    }
};

} // namespace

TEST_CASE(
    "Faults under a sale's commit: refused with the reason, cart kept, then committed exactly once", "[db][faults]")
{
    const auto [fault, expected] = GENERATE(table<FaultyVfs::Fault, ErrorCode>({
        {FaultyVfs::Fault::DiskFull, ErrorCode::DbFull},
        {FaultyVfs::Fault::WriteError, ErrorCode::Io},
        {FaultyVfs::Fault::SyncError, ErrorCode::Io},
    }));
    // The first write of the commit fails, or one in the middle of it (some pages already out).
    const int afterWrites = GENERATE(0, 3, 12);
    INFO("fault " << static_cast<int>(fault) << " after " << afterWrites << " writes");

    FaultyTill till;
    till.ringUpAndPay();
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");
    const qint64 stockBefore = till.count("SELECT sum(stock) FROM products");
    const core::Money total = till.session.totals().total;

    till.vfs.arm(fault, afterWrites);
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return !till.failures.empty() || !till.committed.empty(); }));
    till.vfs.disarm();
    if (till.vfs.injected() == 0) {
        // The commit needed fewer writes than that: it went through untouched, which is fine.
        CHECK(till.committed.size() == 1);
        return;
    }
    REQUIRE(till.committed.empty());
    CHECK(till.failures.front().code == expected);
    // The cart and its payment are still on the screen, and nothing of the sale is in the store.
    CHECK(till.session.cart().lines().size() == 2);
    REQUIRE(till.session.tendering());
    CHECK(till.session.tendering()->isComplete());
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore);
    CHECK(till.count("SELECT sum(stock) FROM products") == stockBefore);
    CHECK(till.queries.text("PRAGMA integrity_check") == QStringLiteral("ok"));

    // The disk is fine again: the cashier presses Retry.
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return till.committed.size() == 1; }));
    CHECK(till.committed.front().total == total);
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore + 1);

    // And from the file itself, as after a restart: that sale once, whole.
    till.worker.reset();
    auto store = db::openStore(till.path, kTestKey);
    REQUIRE(store);
    CHECK(store->queryInt("SELECT count(*) FROM sales", u"check").value() == salesBefore + 1);
    CHECK(store
              ->queryInt("SELECT count(*) FROM sales s WHERE total_minor = (SELECT sum(amount_minor) FROM payments p "
                         "WHERE p.sale_id = s.id)",
                  u"check")
              .value()
        == salesBefore + 1);
    CHECK(store->queryText("PRAGMA integrity_check", u"check").value() == QStringLiteral("ok"));
}
