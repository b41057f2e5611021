// SPDX-License-Identifier: GPL-3.0-or-later
// The durable print queue on a real store with the spooler and a printer the test controls: sales are
// committed first, receipts print in order, exactly once, and survive an unplugged printer.
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "ScriptedPrinter.h"
#include "SqlCatalog.h"
#include "SqlPrintQueue.h"
#include "SqlSales.h"
#include "SqlStaff.h"
#include "WorkerQueries.h"
#include "print/PrintSpooler.h"
#include "sale/CheckoutSession.h"

using namespace ss;
using test::kTestKey;
using test::waitUntil;

namespace {

QStringList linesOf(const core::ReceiptDocument& document)
{
    QStringList lines;
    for (const core::ReceiptBlock& block : document.blocks)
        lines << (block.right.isEmpty() ? block.left : block.left + u' ' + block.right);
    return lines;
}

struct PrintingTill
{
    test::TempDir dir;
    db::DbWorker worker;
    ~PrintingTill() { worker.drain(); } // jobs in flight finish while their continuations' objects still exist
    test::WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCatalog catalog {worker};
    db::SqlSales sales {worker, clock};
    db::SqlStaff staff {worker};
    db::SqlPrintQueue queue {worker, clock};
    core::CheckoutSession session {catalog, sales, clock, {QStringLiteral("T01"), QStringLiteral("GBP"), {}}};
    test::ScriptedPrinter printer;
    core::PrintSpooler spooler {queue, printer};
    std::vector<QString> receipts;
    int heldCount = 0;

    PrintingTill()
    {
        auto opened = worker.open(test::makeTinyStore(dir), kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        // The app does the same: every commit wakes the spooler.
        QObject::connect(&session, &core::CheckoutSession::saleCommitted, &spooler, [this](const auto& sale) {
            receipts.push_back(sale.receiptNumber);
            spooler.wake();
        });
        QObject::connect(&spooler, &core::PrintSpooler::held, [this](const core::Error&) { ++heldCount; });
        auto people = staff.activeStaff();
        people.waitForFinished();
        const std::vector<core::CashierRecord> list = *people.result();
        session.setCashier(list.front());
    }

    qint64 count(const std::string& sql) { return queries.count(sql); }

    void sell(int offset, bool cash)
    {
        const std::size_t before = receipts.size();
        session.scan({queries.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET " + std::to_string(offset)),
            core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return session.cart().lines().size() == 1; }));
        REQUIRE(session.beginTender());
        const core::Money due = session.tendering()->due();
        const auto paid
            = cash ? session.tendering()->addCash(due) : session.tendering()->addCard(due, QStringLiteral("A1"));
        REQUIRE(paid);
        REQUIRE(session.completeSale());
        REQUIRE(waitUntil([&] { return receipts.size() == before + 1; }));
    }
};

} // namespace

TEST_CASE("Receipts print in the order of their sales, each exactly once", "[db][print]")
{
    PrintingTill till;
    till.sell(0, true);
    till.sell(1, false);
    till.sell(2, true);
    REQUIRE(waitUntil([&] { return till.printer.printed.size() == 3; }));
    CHECK_FALSE(waitUntil([&] { return till.printer.printed.size() > 3; }, 200));
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(linesOf(till.printer.printed[i]).contains(till.receipts[i]));
    for (const core::ReceiptDocument& printed : till.printer.printed)
        CHECK_FALSE(printed.openDrawer); // the drawer opened at the commit, not when the paper came out
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 0);
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'printed' AND printed_at IS NOT NULL") == 3);
    REQUIRE(waitUntil([&] { return till.spooler.pending() == 0; }));
}

TEST_CASE("An unplugged printer holds the receipts — re-plugged, they print once, in order", "[db][print]")
{
    PrintingTill till;
    till.printer.unplug();
    till.sell(0, true);
    till.sell(1, true);
    REQUIRE(waitUntil([&] { return till.heldCount > 0; }));
    CHECK(till.spooler.holdReason()->code == core::ErrorCode::DeviceNotFound);
    CHECK(till.printer.attempts == 0); // nothing is sent to a printer that is not there
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 2);
    CHECK(till.count("SELECT count(*) FROM sales WHERE receipt_no IN ('" + till.receipts[0].toStdString() + "', '"
              + till.receipts[1].toStdString() + "')")
        == 2); // the sales themselves are long committed

    till.printer.plugIn();
    REQUIRE(waitUntil([&] { return till.printer.printed.size() == 2; }));
    CHECK(linesOf(till.printer.printed[0]).contains(till.receipts[0]));
    CHECK(linesOf(till.printer.printed[1]).contains(till.receipts[1]));
    CHECK_FALSE(till.spooler.holdReason());
}

TEST_CASE("A job that fails mid-print stays queued with its error and prints once on retry", "[db][print]")
{
    PrintingTill till;
    till.printer.failNext = 1;
    till.sell(3, true);
    REQUIRE(waitUntil([&] { return till.heldCount == 1; }));
    CHECK(till.count("SELECT attempts FROM print_jobs WHERE status = 'pending'") == 1);
    CHECK(till.queries.text("SELECT last_error FROM print_jobs WHERE status = 'pending'")
        == QStringLiteral("unplugged mid-job"));
    const qint64 coupons = till.count("SELECT count(*) FROM coupons");
    // The printer reports it is fine again (status change): the held job goes out.
    till.printer.setStatus({true, true, false, true, false, false, false});
    REQUIRE(waitUntil([&] { return till.printer.printed.size() == 1; }));
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'printed'") == 1);
    CHECK(till.count("SELECT count(*) FROM coupons") == coupons); // printing never issues anything
}

TEST_CASE("A reprint is a marked copy that opens no drawer — reports print their text", "[db][print]")
{
    PrintingTill till;
    till.sell(4, true);
    REQUIRE(waitUntil([&] { return till.printer.printed.size() == 1; }));
    auto reprint = till.queue.queueReprint(till.receipts[0].toLower());
    reprint.waitForFinished();
    REQUIRE(reprint.result());
    auto report = till.queue.queueText(QStringLiteral("report"), QStringLiteral("Z REPORT\n\nCash  12.00"));
    report.waitForFinished();
    REQUIRE(report.result());
    till.spooler.wake();
    REQUIRE(waitUntil([&] { return till.printer.printed.size() == 3; }));
    const QStringList copy = linesOf(till.printer.printed[1]);
    CHECK(copy.first().contains(QStringLiteral("COPY")));
    CHECK(copy.contains(till.receipts[0]));
    CHECK_FALSE(till.printer.printed[1].openDrawer);
    CHECK(linesOf(till.printer.printed[2]).contains(QStringLiteral("Cash  12.00")));

    auto unknown = till.queue.queueReprint(QStringLiteral("T01-99999999"));
    unknown.waitForFinished();
    CHECK(unknown.result().error().code == core::ErrorCode::NotFound);
}
