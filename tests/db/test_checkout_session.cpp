// SPDX-License-Identifier: GPL-3.0-or-later
// The checkout session (core) against the real SQLCipher adapters (db), as the till runs it.
#include "CustomerPrivacy.h"
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "RepeatAggregates.h"
#include "SaleReceiptReader.h"
#include "SqlCatalog.h"
#include "SqlSales.h"
#include "SqlShifts.h"
#include "SqlStaff.h"
#include "WorkerQueries.h"
#include "offers/CouponCode.h"
#include "sale/CheckoutSession.h"

using namespace ss;
using core::ErrorCode;
using test::kTestKey;
using test::TempDir;
using test::waitUntil;

namespace {

struct Till
{
    TempDir dir;
    QString path = test::makeTinyStore(dir);
    db::DbWorker worker;
    ~Till() { worker.drain(); } // jobs in flight finish while their continuations' objects still exist
    test::WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCatalog catalog {worker};
    db::SqlSales sales {worker, clock};
    db::SqlStaff staff {worker};
    core::CheckoutSession session {catalog, sales, clock, {QStringLiteral("T01"), QStringLiteral("GBP"), {}}};

    std::vector<core::CommittedSale> committed;
    std::vector<core::Error> failures;
    std::vector<std::pair<QString, core::ScanProblem>> rejected;
    int accepted = 0;

    Till()
    {
        auto opened = worker.open(path, kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        QObject::connect(&session, &core::CheckoutSession::saleCommitted,
            [this](const core::CommittedSale& sale) { committed.push_back(sale); });
        QObject::connect(&session, &core::CheckoutSession::saleFailed,
            [this](const core::Error& error) { failures.push_back(error); });
        QObject::connect(&session, &core::CheckoutSession::scanRejected,
            [this](const QString& code, core::ScanProblem problem) { rejected.emplace_back(code, problem); });
        QObject::connect(&session, &core::CheckoutSession::scanAccepted, [this](int) { ++accepted; });
    }

    qint64 count(const std::string& sql) { return queries.count(sql); }
    QString text(const std::string& sql) { return queries.text(sql); }

    /// Runs a statement on the store's thread: test set-up (offer rules and the like).
    void execute(const std::string& sql)
    {
        auto done = worker.run<bool>([sql](db::Connection& c) -> core::Result<bool> {
            if (auto r = c.execute(sql, u"test set-up"); !r)
                return std::unexpected(r.error());
            return true;
        });
        done.waitForFinished();
        REQUIRE(done.result());
    }

    /// Returns the whole (one-line) sale with this receipt, by card, and waits for the refund's commit.
    core::CommittedSale returnEverything(const QString& receiptNumber)
    {
        std::optional<core::OriginalSale> original;
        auto found = QObject::connect(&session, &core::CheckoutSession::refundSaleFound,
            [&](const core::OriginalSale& sale) { original = sale; });
        session.findSaleForRefund(receiptNumber);
        REQUIRE(waitUntil([&] { return original.has_value(); }));
        QObject::disconnect(found);
        const std::size_t before = committed.size();
        REQUIRE(session.refund(*original, {{1, 1}}, core::Tender::Card));
        REQUIRE(waitUntil([&] { return committed.size() == before + 1; }));
        return committed.back();
    }

    /// Pays the whole cart by card and waits for the commit's answer.
    core::CommittedSale payByCard()
    {
        const std::size_t before = committed.size();
        REQUIRE(session.beginTender());
        REQUIRE(session.tendering()->addCard(session.tendering()->due()));
        REQUIRE(session.completeSale());
        REQUIRE(waitUntil([&] { return committed.size() == before + 1; }));
        return committed.back();
    }

    void logIn(const QString& pin = QStringLiteral("1357"))
    {
        auto people = staff.activeStaff();
        people.waitForFinished();
        REQUIRE(people.result());
        const std::vector<core::CashierRecord> list = *people.result(); // result() returns a copy each time
        const auto cashier = std::find_if(
            list.begin(), list.end(), [](const core::CashierRecord& c) { return c.role == core::Role::Cashier; });
        REQUIRE(cashier != list.end());
        auto verified = staff.verifyPin(cashier->uid, pin);
        verified.waitForFinished();
        REQUIRE(verified.result());
        REQUIRE(verified.result()->has_value());
        session.setCashier(**verified.result());
    }
};

} // namespace

TEST_CASE("Scans in order, split tender, commit: the store holds exactly that sale", "[db][checkout]")
{
    Till till;
    till.logIn();
    const QString a = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1");
    const QString b = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 1");
    const qint64 stockA = till.count("SELECT stock FROM products ORDER BY id LIMIT 1");
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");

    till.session.scan({a, core::Symbology::Ean13});
    till.session.scan({QStringLiteral("5000000000000"), core::Symbology::Ean13}); // wrong check digit
    till.session.scan({QStringLiteral("4006381333931"), core::Symbology::Ean13}); // valid, not ours
    till.session.scan({b, core::Symbology::Ean13});
    till.session.scan({QStringLiteral(" ") + a + QStringLiteral(" "), core::Symbology::Unknown});
    REQUIRE(waitUntil([&] { return till.accepted + static_cast<int>(till.rejected.size()) == 5; }));
    REQUIRE(till.rejected.size() == 2);
    CHECK(till.rejected[0].second == core::ScanProblem::Invalid);
    CHECK(till.rejected[1].first == QStringLiteral("4006381333931"));
    CHECK(till.rejected[1].second == core::ScanProblem::Unknown);
    REQUIRE(till.session.cart().lines().size() == 2);
    CHECK(till.session.cart().lines()[0].quantity == 2);

    REQUIRE(till.session.setSaleDiscount({core::DiscountKind::Percent, 500}));
    REQUIRE(till.session.beginTender());
    const core::Money total = till.session.tendering()->due();
    REQUIRE(till.session.tendering()->addCash(core::Money::fromMinor(1000)));
    REQUIRE(till.session.tendering()->addCard(till.session.tendering()->remaining(), QStringLiteral("AUTH99")));
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return !till.committed.empty(); }));
    CHECK(till.session.cart().isEmpty());

    const core::CommittedSale& sale = till.committed.front();
    CHECK(sale.total == total);
    CHECK(sale.cashTaken);
    CHECK(sale.receiptNumber == core::formatReceiptNumber(QStringLiteral("T01"), salesBefore + 1));
    const std::string where = "(SELECT id FROM sales WHERE uid = '" + sale.uid.toStdString() + "')";
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore + 1);
    CHECK(till.count("SELECT total_minor FROM sales WHERE id = " + where) == total.minor());
    CHECK(till.count("SELECT count(*) FROM sale_lines WHERE sale_id = " + where) == 2);
    CHECK(till.count("SELECT sum(total_minor) FROM sale_lines WHERE sale_id = " + where) == total.minor());
    CHECK(till.count("SELECT count(*) FROM payments WHERE sale_id = " + where) == 2);
    CHECK(till.count("SELECT sum(amount_minor) FROM payments WHERE sale_id = " + where) == total.minor());
    CHECK(till.count("SELECT discount_minor FROM sales WHERE id = " + where) > 0);
    CHECK(till.count("SELECT stock FROM products ORDER BY id LIMIT 1") == stockA - 2);
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'pending' AND sale_id = " + where) == 1);
}

TEST_CASE("A refund returns one line at the price paid, restocks it, and never twice", "[db][checkout][refund]")
{
    Till till;
    till.logIn();
    const QString a = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1");
    const qint64 stock = till.count("SELECT stock FROM products ORDER BY id LIMIT 1");
    till.session.scan({a, core::Symbology::Ean13});
    till.session.scan({a, core::Symbology::Ean13});
    REQUIRE(waitUntil([&] { return till.accepted == 2; }));
    REQUIRE(till.session.beginTender());
    REQUIRE(till.session.tendering()->addCard(till.session.tendering()->due()));
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return till.committed.size() == 1; }));
    const core::CommittedSale sold = till.committed.front();

    std::optional<core::OriginalSale> original;
    QObject::connect(&till.session, &core::CheckoutSession::refundSaleFound,
        [&](const core::OriginalSale& found) { original = found; });
    till.session.findSaleForRefund(sold.receiptNumber.toLower());
    REQUIRE(waitUntil([&] { return original.has_value(); }));
    REQUIRE(original->lines.size() == 1);
    CHECK(original->lines[0].quantitySold == 2);

    REQUIRE(till.session.refund(*original, {{1, 1}}, core::Tender::Cash));
    REQUIRE(waitUntil([&] { return till.committed.size() == 2; }));
    const core::CommittedSale refund = till.committed.back();
    CHECK(refund.total.minor() == -(sold.total.minor() / 2));
    CHECK(till.count("SELECT stock FROM products ORDER BY id LIMIT 1") == stock - 1);
    CHECK(till.count("SELECT count(*) FROM sales WHERE kind = 'refund' AND original_sale_id = (SELECT id FROM sales "
                     "WHERE uid = '"
              + sold.uid.toStdString() + "')")
        == 1);

    // The same (stale) view of the original tries to return 2 more: refused by the store, nothing written.
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");
    REQUIRE(till.session.refund(*original, {{1, 2}}, core::Tender::Cash));
    REQUIRE(waitUntil([&] { return !till.failures.empty(); }));
    CHECK(till.failures.back().code == ErrorCode::ConstraintViolated);
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore);

    // A refund cannot itself be refunded.
    original.reset();
    till.session.findSaleForRefund(refund.receiptNumber);
    REQUIRE(waitUntil([&] { return original.has_value(); }));
    CHECK(original->isRefund);
    CHECK(till.session.refund(*original, {{1, 1}}, core::Tender::Cash).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A suspended cart survives in the store and resumes exactly once", "[db][checkout][suspend]")
{
    Till till;
    till.logIn();
    till.session.scan({till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 2"), core::Symbology::Ean13});
    REQUIRE(waitUntil([&] { return till.accepted == 1; }));
    REQUIRE(till.session.setQuantity(0, 3));
    REQUIRE(till.session.setLineDiscount(0, {core::DiscountKind::Amount, 100}));
    const core::Money total = till.session.totals().total;

    bool parked = false;
    QObject::connect(&till.session, &core::CheckoutSession::suspended, [&](const QString&) { parked = true; });
    till.session.suspend(QStringLiteral("Blue coat, back in 5"));
    REQUIRE(waitUntil([&] { return parked; }));
    CHECK(till.session.cart().isEmpty());

    auto carts = till.sales.suspendedCarts();
    carts.waitForFinished();
    REQUIRE(carts.result());
    REQUIRE(carts.result()->size() == 1);
    CHECK(carts.result()->front().label == QStringLiteral("Blue coat, back in 5"));

    till.session.resume(carts.result()->front().uid);
    REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
    CHECK(till.session.totals().total == total);
    CHECK(till.session.cart().lines()[0].quantity == 3);

    std::optional<core::Error> failure;
    QObject::connect(&till.session, &core::CheckoutSession::lookupFailed, [&](const core::Error& e) { failure = e; });
    till.session.voidSale();
    till.session.resume(carts.result()->front().uid);
    REQUIRE(waitUntil([&] { return failure.has_value(); }));
    CHECK(failure->code == ErrorCode::NotFound);
    REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM audit_log WHERE action = 'void_sale'") == 1; }));
}

TEST_CASE("A failed commit keeps the cart and the payments", "[db][checkout]")
{
    Till till;
    till.logIn();
    till.session.scan({till.text("SELECT barcode FROM products ORDER BY id LIMIT 1"), core::Symbology::Ean13});
    REQUIRE(waitUntil([&] { return till.accepted == 1; }));
    till.session.attachCustomer(QStringLiteral("no-such-customer"));
    REQUIRE(till.session.beginTender());
    REQUIRE(till.session.tendering()->addCard(till.session.tendering()->due()));
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");
    const qint64 outboxBefore = till.count("SELECT count(*) FROM outbox");
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return !till.failures.empty(); }));
    // Nothing for other tills either: the outbox row is in the transaction that rolled back.
    CHECK(till.count("SELECT count(*) FROM outbox") == outboxBefore);
    CHECK(till.failures.front().code == ErrorCode::NotFound);
    CHECK(till.session.cart().lines().size() == 1);
    REQUIRE(till.session.tendering());
    CHECK(till.session.tendering()->isComplete());
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore);

    till.session.attachCustomer({});
    REQUIRE(till.session.completeSale());
    REQUIRE(waitUntil([&] { return till.committed.size() == 1; }));
    // The committed sale is in the outbox once, for the sync service to push.
    CHECK(till.count("SELECT count(*) FROM outbox WHERE entity = 'sale' AND op = 'insert' AND entity_uid = '"
              + till.committed.front().uid.toStdString() + "'")
        == 1);
}

TEST_CASE("A wrong PIN does not log in", "[db][staff]")
{
    Till till;
    auto people = till.staff.activeStaff();
    people.waitForFinished();
    REQUIRE(people.result()->size() == 3);
    auto verified = till.staff.verifyPin(people.result()->front().uid, QStringLiteral("0000"));
    verified.waitForFinished();
    REQUIRE(verified.result());
    CHECK_FALSE(verified.result()->has_value());
    CHECK(till.session.beginTender().error().code == ErrorCode::NeedsApproval);
}

TEST_CASE("Shifts: the first sale opens one, X adds up, Z closes with the cash counted", "[db][shift]")
{
    Till till;
    till.logIn();
    db::SqlShifts shifts(till.worker, till.clock, QStringLiteral("T01"));
    auto none = shifts.currentShift();
    none.waitForFinished();
    REQUIRE(none.result());
    CHECK_FALSE(none.result()->has_value());

    const QString code = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1");
    auto ringUp = [&](bool cash) {
        const std::size_t before = till.committed.size();
        till.session.scan({code, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
        REQUIRE(till.session.beginTender());
        core::Tendering* tendering = till.session.tendering();
        REQUIRE((cash ? tendering->addCash(tendering->due() + core::Money::fromMinor(1000))
                      : tendering->addCard(tendering->due())));
        REQUIRE(till.session.completeSale());
        REQUIRE(waitUntil([&] { return till.committed.size() == before + 1; }));
    };
    ringUp(true);
    ringUp(false);
    till.session.voidSale(); // nothing to void: not audited
    REQUIRE(till.session.noSale());

    const qint64 price = till.count("SELECT price_minor FROM products ORDER BY id LIMIT 1");
    auto x = shifts.currentShift();
    x.waitForFinished();
    REQUIRE(x.result());
    REQUIRE(x.result()->has_value());
    const core::ShiftTotals open = **x.result();
    CHECK(open.saleCount == 2);
    CHECK(open.salesTotal.minor() == 2 * price);
    CHECK(open.cashIn.minor() == price); // change given back is not takings
    CHECK(open.cardIn.minor() == price);
    CHECK(open.expectedCash().minor() == price);
    REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM audit_log WHERE action = 'no_sale'") == 1; }));

    auto closed = shifts.closeShift(till.session.cashier()->uid, core::Money::fromMinor(price - 50));
    closed.waitForFinished();
    REQUIRE(closed.result());
    CHECK(closed.result()->closedAtUtc.isValid());
    CHECK(closed.result()->noSaleOpens == 1);
    const QString report = core::ShiftReportFormatter::format(
        *closed.result(), QStringLiteral("Test Shop"), QStringLiteral("GBP"), core::Money::fromMinor(price - 50));
    CHECK(report.contains(QStringLiteral("Z REPORT")));
    CHECK(report.contains(QStringLiteral("SHORT")));
    CHECK(report.contains(QStringLiteral("-0.50 GBP")));
    for (const QString& line : report.split(u'\n'))
        CHECK(line.size() <= 42);
    auto kept = shifts.keepZReport(closed.result()->shiftUid, report);
    kept.waitForFinished();
    CHECK(kept.result().value());
    CHECK(till.text("SELECT z_report FROM shifts WHERE closed_at IS NOT NULL") == report);

    auto again = shifts.closeShift(till.session.cashier()->uid, core::Money());
    again.waitForFinished();
    CHECK(again.result().error().code == ErrorCode::NotFound);
    ringUp(false); // the next sale opens the next shift
    CHECK(till.count("SELECT count(*) FROM shifts") == 2);
    CHECK(
        till.count("SELECT count(*) FROM sales WHERE shift_id IS NULL AND id > (SELECT max(id) - 3 FROM sales)") == 0);
}

TEST_CASE("A return without a receipt needs a manager and restocks at today's price", "[db][checkout][refund]")
{
    Till till;
    till.logIn(); // a cashier
    auto found = till.catalog.findByCode(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1"));
    found.waitForFinished();
    REQUIRE(found.result().value().has_value());
    const core::ProductSnapshot product = **found.result();
    const qint64 stock = till.count("SELECT stock FROM products ORDER BY id LIMIT 1");

    CHECK(till.session.blindReturn(product, 1, core::Tender::Cash).error().code == ErrorCode::NeedsApproval);
    CHECK(till.session.blindReturn(product, 0, core::Tender::Cash, core::Role::Manager).error().code
        == ErrorCode::InvalidArgument);
    REQUIRE(till.session.blindReturn(product, 2, core::Tender::Cash, core::Role::Manager));
    REQUIRE(waitUntil([&] { return till.committed.size() == 1; }));
    CHECK(till.committed.front().total == -(product.price * 2));
    CHECK(till.count("SELECT stock FROM products ORDER BY id LIMIT 1") == stock + 2);
    CHECK(till.count("SELECT count(*) FROM sales WHERE kind = 'refund' AND original_sale_id IS NULL") == 1);
    REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM audit_log WHERE action = 'blind_return'") == 1; }));
}

TEST_CASE("A parked cart that cannot be read is parked again, not lost", "[db][checkout][suspend]")
{
    Till till;
    till.logIn();
    core::SuspendedCart broken;
    broken.uid = QStringLiteral("broken-cart");
    broken.label = QStringLiteral("from a newer version");
    broken.cashierUid = till.session.cashier()->uid;
    broken.payload = QByteArrayLiteral("{\"version\":99}");
    broken.createdAtUtc = QDateTime::currentDateTimeUtc();
    auto parked = till.sales.suspend(broken);
    parked.waitForFinished();
    REQUIRE(parked.result());

    std::optional<core::Error> failure;
    QObject::connect(&till.session, &core::CheckoutSession::lookupFailed, [&](const core::Error& e) { failure = e; });
    till.session.resume(QStringLiteral("broken-cart"));
    REQUIRE(waitUntil([&] { return failure.has_value(); }));
    CHECK(failure->code == ErrorCode::InvalidArgument);
    CHECK(till.session.cart().isEmpty());
    REQUIRE(
        waitUntil([&] { return till.count("SELECT count(*) FROM suspended_carts WHERE uid = 'broken-cart'") == 1; }));
}

TEST_CASE("Coupons: earned by a first sale, redeemed once in a later sale, voided when the earning sale is returned",
    "[db][checkout][coupon]")
{
    Till till;
    till.logIn();
    std::vector<std::pair<core::CouponRefusal, core::CouponLookup>> refused;
    int applied = 0;
    QObject::connect(&till.session, &core::CheckoutSession::couponRefused,
        [&](core::CouponRefusal why, const core::CouponLookup& coupon) { refused.emplace_back(why, coupon); });
    QObject::connect(
        &till.session, &core::CheckoutSession::couponApplied, [&](const core::CouponLookup&) { ++applied; });
    const QString dear = till.text("SELECT barcode FROM products WHERE price_minor >= 1500 ORDER BY id LIMIT 1");
    auto sell = [&](const std::function<void()>& beforePaying) {
        till.session.scan({dear, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
        beforePaying();
        return till.payByCard();
    };
    const auto couponOf = [&](const core::CommittedSale& sale) {
        return till.text("SELECT coalesce((SELECT code FROM coupons WHERE issued_sale_id = (SELECT id FROM sales "
                         "WHERE uid = '"
            + sale.uid.toStdString() + "')), '')");
    };

    // An anonymous first sale earns the demo's come-back coupon, inside its own transaction.
    const core::CommittedSale first = sell([] {});
    const QString code = couponOf(first);
    REQUIRE(core::couponcode::looksLikeCode(code));

    // A typo is refused as a typo; the real code takes 10 % off.
    QString typo = code;
    typo[0] = typo[0] == u'A' ? u'B' : u'A';
    till.session.scan({typo, core::Symbology::Code128});
    const core::CommittedSale second = sell([&] {
        REQUIRE(waitUntil([&] { return !refused.empty(); }));
        CHECK(refused.back().first == core::CouponRefusal::Mistyped);
        till.session.scan({code.toLower(), core::Symbology::Code128});
        REQUIRE(waitUntil([&] { return applied == 1; }));
    });
    CHECK(till.count("SELECT discount_minor FROM sales WHERE uid = '" + second.uid.toStdString() + "'")
        == (till.count("SELECT subtotal_minor FROM sales WHERE uid = '" + second.uid.toStdString() + "'") + 5) / 10);
    CHECK(till.count("SELECT redeemed_sale_id = (SELECT id FROM sales WHERE uid = '" + second.uid.toStdString()
              + "') FROM coupons WHERE code = '" + code.toStdString() + "'")
        == 1);
    CHECK(couponOf(second).isEmpty()); // not a first visit: no second come-back coupon

    // Used: refused again, naming the receipt it was used on.
    till.session.scan({dear, core::Symbology::Ean13});
    REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
    till.session.scan({code, core::Symbology::Code128});
    REQUIRE(waitUntil([&] { return refused.size() == 2; }));
    CHECK(refused.back().first == core::CouponRefusal::AlreadyRedeemed);
    CHECK(refused.back().second.state.redeemedReceipt == second.receiptNumber);
    till.session.voidSale();

    // Everything bought with the coupon comes back: a new coupon on the same terms replaces it.
    till.returnEverything(second.receiptNumber);
    const QString replacement = till.text("SELECT coalesce((SELECT code FROM coupons WHERE replaces_coupon_id ="
                                          " (SELECT id FROM coupons WHERE code = '"
        + code.toStdString() + "')), '')");
    REQUIRE(core::couponcode::looksLikeCode(replacement));
    CHECK(replacement != code);
    CHECK(till.count("SELECT valid_until = (SELECT valid_until FROM coupons WHERE code = '" + code.toStdString()
              + "') FROM coupons WHERE code = '" + replacement.toStdString() + "'")
        == 1);
    CHECK(till.count("SELECT issued_sale_id = (SELECT id FROM sales WHERE uid = '"
              + till.committed.back().uid.toStdString() + "') FROM coupons WHERE code = '" + replacement.toStdString()
              + "'")
        == 1); // printed on the refund receipt

    // Returning the goods of a sale voids the coupon it earned (buy → refund → keep the reward: no).
    // A fresh anonymous first sale, then its refund:
    const core::CommittedSale third = sell([] {});
    const QString thirdCode = couponOf(third);
    REQUIRE_FALSE(thirdCode.isEmpty());
    till.returnEverything(third.receiptNumber);
    CHECK(till.count("SELECT voided_at IS NOT NULL FROM coupons WHERE code = '" + thirdCode.toStdString() + "'") == 1);
    till.session.scan({dear, core::Symbology::Ean13});
    REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
    till.session.scan({thirdCode, core::Symbology::Code128});
    REQUIRE(waitUntil([&] { return refused.size() == 3; }));
    CHECK(refused.back().first == core::CouponRefusal::Voided);
}

TEST_CASE("Referrals: a customer's code on their receipt, a friend's welcome discount, the referrer credited once",
    "[db][checkout][coupon][referral]")
{
    Till till;
    till.logIn();
    REQUIRE(till.queries.count("SELECT count(*) FROM offer_rules WHERE kind = 'comeback'") == 1);
    till.execute("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                 " VALUES ('ref', 'referral', 'Friends of the shop',"
                 " 'percentBasisPoints=1000\nrewardAmountMinor=500\nrewardValidDays=90', 5, 1,"
                 " '2026-11-01T00:00:00.000Z')");
    std::vector<core::CouponRefusal> refused;
    int applied = 0;
    QObject::connect(&till.session, &core::CheckoutSession::couponRefused,
        [&](core::CouponRefusal why, const core::CouponLookup&) { refused.push_back(why); });
    QObject::connect(
        &till.session, &core::CheckoutSession::couponApplied, [&](const core::CouponLookup&) { ++applied; });
    const QString dear = till.text("SELECT barcode FROM products WHERE price_minor >= 1500 ORDER BY id LIMIT 1");
    const QString regular = till.text("SELECT c.uid FROM customers c JOIN sales s ON s.customer_id = c.id"
                                      " WHERE c.erased_at IS NULL GROUP BY c.id ORDER BY count(*) DESC LIMIT 1");
    const QString other = till.text("SELECT c.uid FROM customers c JOIN sales s ON s.customer_id = c.id WHERE"
                                    " c.erased_at IS NULL AND c.uid <> '"
        + regular.toStdString() + "' LIMIT 1");
    auto sell = [&](const QString& customer, const QString& code) {
        if (!customer.isEmpty())
            till.session.attachCustomer(customer);
        till.session.scan({dear, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
        if (!code.isEmpty()) {
            const std::size_t answers = refused.size() + static_cast<std::size_t>(applied);
            till.session.scan({code, core::Symbology::Qr});
            REQUIRE(waitUntil([&] { return refused.size() + static_cast<std::size_t>(applied) == answers + 1; }));
        }
        return till.payByCard();
    };

    // The regular buys: they get their own code, printed on the receipt to hand on.
    const core::CommittedSale theirs = sell(regular, {});
    const QString code = till.text("SELECT referral_code FROM customers WHERE uid = '" + regular.toStdString() + "'");
    REQUIRE(core::couponcode::looksLikeCode(code));
    auto receipt = till.worker.run<core::ReceiptDocument>([uid = theirs.uid](db::Connection& c) {
        return db::saleReceipt(
            c, c.queryInt("SELECT id FROM sales WHERE uid = '" + uid.toStdString() + "'", u"t").value(), false);
    });
    receipt.waitForFinished();
    REQUIRE(receipt.result());
    bool invite = false, printed = false;
    const core::ReceiptDocument document = *receipt.result(); // result() returns a copy each time
    for (const core::ReceiptBlock& block : document.blocks) {
        invite = invite || block.left == u"Bring a friend"_qs;
        printed = printed || (block.kind == core::ReceiptBlock::Kind::QrCode && block.left == code);
    }
    CHECK(invite);
    CHECK(printed);

    // Their own code is for friends; a customer who has bought before is no new friend.
    sell(regular, code);
    CHECK(refused.back() == core::CouponRefusal::OwnReferral);
    sell(other, code);
    CHECK(refused.back() == core::CouponRefusal::NotFirstPurchase);

    // A new friend (anonymous) uses it: 10 % off, and the regular is credited 5.00 in the same commit.
    const core::CommittedSale friendSale = sell({}, code);
    CHECK(applied == 1);
    const std::string friendId = "(SELECT id FROM sales WHERE uid = '" + friendSale.uid.toStdString() + "')";
    CHECK(till.count("SELECT discount_minor > 0 FROM sales WHERE id = " + friendId) == 1);
    CHECK(till.count("SELECT count(*) FROM referrals WHERE sale_id = " + friendId
              + " AND referrer_id = (SELECT id FROM customers WHERE uid = '" + regular.toStdString() + "')")
        == 1);
    CHECK(till.count("SELECT discount_value FROM coupons WHERE issued_sale_id = " + friendId
              + " AND customer_id = (SELECT id FROM customers WHERE uid = '" + regular.toStdString() + "')")
        == 500);

    // The friend returns everything: the referrer's reward is voided with it.
    till.returnEverything(friendSale.receiptNumber);
    CHECK(till.count("SELECT voided_at IS NOT NULL FROM coupons WHERE issued_sale_id = " + friendId
              + " AND customer_id = (SELECT id FROM customers WHERE uid = '" + regular.toStdString() + "')")
        == 1);
}

TEST_CASE("Follow-ups: buying in one category earns a coupon for another, used only on those items",
    "[db][checkout][coupon][followup]")
{
    Till till;
    till.logIn();
    const QString locoCategory = till.text("SELECT g.uid FROM categories g JOIN products p ON p.category_id = g.id"
                                           " GROUP BY g.id ORDER BY g.id LIMIT 1");
    const QString trackCategory = till.text("SELECT g.uid FROM categories g JOIN products p ON p.category_id = g.id"
                                            " WHERE g.uid <> '"
        + locoCategory.toStdString() + "' GROUP BY g.id ORDER BY g.id LIMIT 1");
    const QString loco = till.text("SELECT p.barcode FROM products p JOIN categories g ON g.id = p.category_id WHERE"
                                   " g.uid = '"
        + locoCategory.toStdString() + "' ORDER BY p.id LIMIT 1");
    const QString track = till.text("SELECT p.barcode FROM products p JOIN categories g ON g.id = p.category_id WHERE"
                                    " g.uid = '"
        + trackCategory.toStdString() + "' ORDER BY p.id LIMIT 1");
    till.execute("UPDATE offer_rules SET active = 0");
    till.execute("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                 " VALUES ('fu', 'followup', 'For your layout', 'percentBasisPoints=1500\nvalidDays=30\n"
                 "fromCategory="
        + locoCategory.toStdString() + "\ntoCategory=" + trackCategory.toStdString()
        + "', 5, 1, '2026-11-01T00:00:00.000Z')");
    std::vector<core::CouponRefusal> refused;
    int applied = 0;
    QObject::connect(&till.session, &core::CheckoutSession::couponRefused,
        [&](core::CouponRefusal why, const core::CouponLookup&) { refused.push_back(why); });
    QObject::connect(
        &till.session, &core::CheckoutSession::couponApplied, [&](const core::CouponLookup&) { ++applied; });
    const auto ring = [&](const QString& code) {
        const std::size_t lines = till.session.cart().lines().size();
        till.session.scan({code, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == lines + 1; }));
    };

    // Bought from the first category: a coupon for the second, named on the receipt.
    ring(loco);
    const core::CommittedSale first = till.payByCard();
    const std::string firstId = "(SELECT id FROM sales WHERE uid = '" + first.uid.toStdString() + "')";
    const QString code = till.text("SELECT code FROM coupons WHERE issued_sale_id = " + firstId);
    CHECK(till.text("SELECT g.uid FROM coupons p JOIN categories g ON g.id = p.category_id WHERE p.code = '"
              + code.toStdString() + "'")
        == trackCategory);
    auto receipt = till.worker.run<core::ReceiptDocument>([&](db::Connection& c) {
        return db::saleReceipt(
            c, c.queryInt("SELECT id FROM sales WHERE uid = '" + first.uid.toStdString() + "'", u"t").value(), false);
    });
    receipt.waitForFinished();
    REQUIRE(receipt.result());
    const core::ReceiptDocument document = *receipt.result();
    const QString categoryName
        = till.text("SELECT name FROM categories WHERE uid = '" + trackCategory.toStdString() + "'");
    bool named = false;
    for (const core::ReceiptBlock& block : document.blocks)
        named = named || block.left == QStringLiteral("on %1").arg(categoryName);
    CHECK(named);

    // Without the category's items it is refused; with them, only those items get 15 % off.
    ring(loco);
    till.session.scan({code, core::Symbology::Code128});
    REQUIRE(waitUntil([&] { return refused.size() == 1; }));
    CHECK(refused.back() == core::CouponRefusal::NotForTheseItems);
    ring(track);
    till.session.scan({code, core::Symbology::Code128});
    REQUIRE(waitUntil([&] { return applied == 1; }));
    const core::CartTotals totals = till.session.totals();
    CHECK(totals.lines[0].lineDiscount.isZero());
    CHECK(totals.lines[1].lineDiscount.minor() == (totals.lines[1].gross.minor() * 1500 + 5000) / 10000);
    const core::CommittedSale second = till.payByCard();
    CHECK(till.count("SELECT redeemed_sale_id = (SELECT id FROM sales WHERE uid = '" + second.uid.toStdString()
              + "') FROM coupons WHERE code = '" + code.toStdString() + "'")
        == 1);
}

TEST_CASE("Add-on suggestions: what sells together is printed as 'you may also need'", "[db][checkout][addon]")
{
    Till till;
    till.logIn();
    const QString paint = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 20");
    const QString brush = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 21");
    const QString brushName = till.text("SELECT name FROM products ORDER BY id LIMIT 1 OFFSET 21");
    till.execute("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                 " VALUES ('ao', 'addon', 'Goes with', 'minimumSales=3\nsuggestions=1', 1, 1,"
                 " '2026-11-01T00:00:00.000Z')");
    const auto sell = [&](const QStringList& codes) {
        for (const QString& code : codes) {
            const std::size_t lines = till.session.cart().lines().size();
            till.session.scan({code, core::Symbology::Ean13});
            REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == lines + 1; }));
        }
        return till.payByCard();
    };
    const auto suggestionsOf = [&](const core::CommittedSale& sale) {
        auto receipt = till.worker.run<core::ReceiptDocument>([uid = sale.uid](db::Connection& c) {
            return db::saleReceipt(
                c, c.queryInt("SELECT id FROM sales WHERE uid = '" + uid.toStdString() + "'", u"t").value(), false);
        });
        receipt.waitForFinished();
        REQUIRE(receipt.result());
        const core::ReceiptDocument document = *receipt.result();
        QStringList after;
        bool heading = false;
        for (const core::ReceiptBlock& block : document.blocks) {
            if (heading && block.kind == core::ReceiptBlock::Kind::Text)
                after << block.left;
            heading = heading || block.left == u"You may also need:"_qs;
        }
        return after;
    };
    const std::string pairsOfPaint = "SELECT coalesce(max(sales), 0) FROM product_pairs WHERE product_id ="
                                     " (SELECT id FROM products WHERE barcode = '"
        + paint.toStdString()
        + "')"
          " AND other_id = (SELECT id FROM products WHERE barcode = '"
        + brush.toStdString() + "')";
    const qint64 seen = till.count(pairsOfPaint);
    sell({paint, brush});
    CHECK(till.count(pairsOfPaint) == seen + 1);
    sell({paint, brush});
    sell({paint, brush});
    const core::CommittedSale alone = sell({paint});
    const QStringList suggested = suggestionsOf(alone);
    REQUIRE_FALSE(suggested.isEmpty());
    CHECK(suggested.front() == brushName);
    // Never suggests what is already in the bag.
    CHECK_FALSE(suggestionsOf(sell({paint, brush})).contains(brushName));
}

namespace {

/// The dashboard's stored figures against a recomputation from the history, on the store's thread.
db::AggregateCheck figuresCheck(Till& till)
{
    auto done = till.worker.run<db::AggregateCheck>(
        [](db::Connection& c) -> core::Result<db::AggregateCheck> { return db::checkRepeatAggregates(c); });
    done.waitForFinished();
    REQUIRE(done.result());
    return *done.result();
}

} // namespace

TEST_CASE("Repeat figures follow every sale, return and merge, and always agree with a recomputation",
    "[db][checkout][reports]")
{
    Till till;
    till.logIn();
    // The demo history was written through the sale writer: its figures were kept as it went.
    const db::AggregateCheck demo = figuresCheck(till);
    CHECK(demo.customers >= 20);
    CHECK(demo.agrees());

    till.execute("INSERT INTO customers(uid, first_name, created_at) VALUES ('test-newcomer', 'Nina',"
                 " '2026-11-01T09:00:00.000Z')");
    const QString newcomer = QStringLiteral("test-newcomer");
    const std::string id
        = std::to_string(till.count("SELECT id FROM customers WHERE uid = '" + newcomer.toStdString() + "'"));
    const QString item = till.text("SELECT barcode FROM products WHERE price_minor >= 500 ORDER BY id LIMIT 1");
    const auto sell = [&] {
        till.session.scan({item, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return !till.session.cart().isEmpty(); }));
        till.session.attachCustomer(newcomer);
        REQUIRE(waitUntil([&] { return till.session.customerUid() == newcomer; }));
        return till.payByCard();
    };
    const auto orderNo = [&](const core::CommittedSale& sale) {
        return till.count("SELECT coalesce(order_no, 0) FROM sales WHERE uid = '" + sale.uid.toStdString() + "'");
    };

    const core::CommittedSale first = sell();
    const core::CommittedSale second = sell();
    CHECK(orderNo(first) == 1);
    CHECK(orderNo(second) == 2);
    CHECK(till.count("SELECT orders FROM customer_stats WHERE customer_id = " + id) == 2);
    CHECK(till.count("SELECT second_at IS NOT NULL FROM customer_stats WHERE customer_id = " + id) == 1);
    CHECK(figuresCheck(till).agrees());

    // The first purchase comes back whole: it is no purchase now, and the second one moves up to first.
    till.returnEverything(first.receiptNumber);
    CHECK(orderNo(first) == 0);
    CHECK(orderNo(second) == 1);
    CHECK(till.count("SELECT orders FROM customer_stats WHERE customer_id = " + id) == 1);
    CHECK(till.count("SELECT second_at IS NULL FROM customer_stats WHERE customer_id = " + id) == 1);
    CHECK(till.count("SELECT revenue_minor FROM customer_stats WHERE customer_id = " + id) == second.total.minor());
    CHECK(till.count("SELECT refunds FROM daily_totals WHERE day = substr((SELECT created_at FROM sales WHERE kind ="
                     " 'refund' ORDER BY id DESC LIMIT 1), 1, 10)")
        >= 1);
    CHECK(figuresCheck(till).agrees());

    // A merge makes two histories one: the purchases are numbered again across both.
    const QString other = till.text("SELECT c.uid FROM customers c JOIN customer_stats s ON s.customer_id = c.id"
                                    " WHERE s.orders >= 2 AND c.erased_at IS NULL AND c.merged_into IS NULL LIMIT 1");
    REQUIRE_FALSE(other.isEmpty());
    const qint64 otherOrders
        = till.count("SELECT orders FROM customer_stats WHERE customer_id = (SELECT id FROM customers WHERE uid = '"
            + other.toStdString() + "')");
    auto merged = till.worker.run<bool>([&](db::Connection& c) -> core::Result<bool> {
        if (auto r = db::mergeCustomers(c, newcomer, other, QDateTime::currentDateTimeUtc()); !r)
            return std::unexpected(r.error());
        return true;
    });
    merged.waitForFinished();
    REQUIRE(merged.result());
    CHECK(till.count("SELECT orders FROM customer_stats WHERE customer_id = " + id) == otherOrders + 1);
    CHECK(till.count("SELECT count(*) FROM customer_stats WHERE customer_id = (SELECT id FROM customers WHERE uid = '"
              + other.toStdString() + "')")
        == 0);
    CHECK(figuresCheck(till).agrees());

    // Stored figures tampered with are caught, and a rebuild repairs them.
    till.execute("UPDATE customer_stats SET orders = orders + 1 WHERE customer_id = " + id);
    CHECK(figuresCheck(till).customerMismatches == 1);
    auto rebuilt = till.worker.run<bool>([](db::Connection& c) -> core::Result<bool> {
        if (auto r = db::rebuildRepeatAggregates(c); !r)
            return std::unexpected(r.error());
        return true;
    });
    rebuilt.waitForFinished();
    REQUIRE(rebuilt.result());
    CHECK(figuresCheck(till).agrees());
}
