// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's report read from a real store, each figure checked against a plain query over the
// history (the slow, obvious way), and its access rules.
#include "DbTestSupport.h"
#include "RepeatReportQuery.h"
#include "Statement.h"

using namespace ss;
using test::kTestKey;

namespace {

qint64 count(db::Connection& store, const std::string& sql)
{
    auto value = store.queryInt(sql, u"test");
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("Dashboard report: every headline figure matches a plain query over the history", "[db][reports]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    core::RepeatReportRequest request;
    request.period = core::reports::Period {QDate(2026, 10, 1), QDate(2026, 11, 22)};
    request.comparison = request.period.previous();
    auto report = db::loadRepeatReport(*store, request, db::ReportScope::Everything);
    REQUIRE(report);
    const std::string from = "'2026-10-01'";
    const std::string until = "'2026-11-23'";
    const std::string inPeriod = "s.created_at >= " + from + " AND s.created_at < " + until;

    const core::reports::Headline& h = report->headline;
    CHECK(h.totals.sales == count(*store, "SELECT count(*) FROM sales s WHERE s.kind = 'sale' AND " + inPeriod));
    CHECK(h.totals.identifiedSales
        == count(*store,
            "SELECT count(*) FROM sales s WHERE s.kind = 'sale' AND s.customer_id IS NOT NULL AND " + inPeriod));
    CHECK(h.newCustomers
        == count(*store,
            "SELECT count(*) FROM customers c WHERE (SELECT min(s.created_at) FROM sales s WHERE s.customer_id = c.id"
            " AND s.kind = 'sale') BETWEEN "
                + from + " AND " + until));
    // Bought in the period, and had bought before it.
    CHECK(h.returningCustomers
        == count(*store,
            "SELECT count(DISTINCT s.customer_id) FROM sales s WHERE s.kind = 'sale' AND s.customer_id IS NOT NULL"
            " AND "
                + inPeriod
                + " AND EXISTS (SELECT 1 FROM sales t WHERE t.customer_id = s.customer_id AND t.kind = 'sale'"
                  " AND t.created_at < "
                + from + ")"));
    CHECK(h.returningCustomers > 0);
    CHECK(h.totals.revenueMinor
        == count(*store, "SELECT coalesce(sum(total_minor), 0) FROM sales s WHERE s.kind = 'sale' AND " + inPeriod));
    qint64 issued = 0;
    for (const core::reports::OfferFigures& offer : report->offers)
        issued += offer.issued;
    CHECK(issued == count(*store, "SELECT count(*) FROM coupons s WHERE " + inPeriod));
    REQUIRE_FALSE(report->cashiers.empty());
    qint64 cashierSales = 0;
    for (const core::reports::CashierFigures& cashier : report->cashiers)
        cashierSales += cashier.totals.sales;
    CHECK(cashierSales == h.totals.sales);
    REQUIRE_FALSE(report->topCustomers.empty());
    CHECK_FALSE(report->topCustomers.front().name.isEmpty());

    // The sales behind the figures: as many as each figure says, newest first, at most the limit.
    using Kind = core::reports::SalesDrill::Kind;
    const auto behind = [&](Kind kind, qint64 cashier = 0, int limit = 10000) {
        auto sales = db::loadReportSales(*store, request.period, core::reports::SalesDrill {kind, cashier}, limit);
        REQUIRE(sales);
        return *sales;
    };
    CHECK(behind(Kind::All).total == h.totals.sales);
    CHECK(behind(Kind::Captured).total == h.totals.identifiedSales);
    CHECK(behind(Kind::Anonymous).total == h.totals.sales - h.totals.identifiedSales);
    CHECK(behind(Kind::FirstPurchases).total == h.totals.firstOrders);
    CHECK(behind(Kind::RepeatPurchases).total == h.totals.repeatOrders);
    CHECK(behind(Kind::Refunds).total == h.totals.refunds);
    const core::reports::CashierFigures& someone = report->cashiers.front();
    CHECK(behind(Kind::ByCashier, someone.cashierId).total == someone.totals.sales);
    const core::ReportSales latest = behind(Kind::All, 0, 5);
    REQUIRE(latest.rows.size() == 5);
    CHECK(latest.rows.front().atUtc >= latest.rows.back().atUtc);
    qint64 takings = 0;
    for (const core::ReportSaleRow& sale : behind(Kind::All).rows)
        takings += sale.totalMinor;
    CHECK(takings == h.totals.revenueMinor);

    // The figures-only scope (a manager) carries no names and no per-cashier table.
    auto figures = db::loadRepeatReport(*store, request, db::ReportScope::FiguresOnly);
    REQUIRE(figures);
    CHECK(figures->cashiers.empty());
    CHECK(figures->topCustomers.empty());
    CHECK(figures->headline.newCustomers == h.newCustomers);

    // Nonsense is refused with a reason, not answered with zeros.
    request.period = core::reports::Period {QDate(2026, 11, 22), QDate(2026, 10, 1)};
    CHECK(db::loadRepeatReport(*store, request, db::ReportScope::Everything).error().code
        == core::ErrorCode::InvalidArgument);
}

TEST_CASE("Dashboard report: a withdrawal of consent shows at once in the consent figures", "[db][reports]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    const qint64 customer = count(*store, "SELECT customer_id FROM customer_stats WHERE consenting = 1 LIMIT 1");
    const std::string id = std::to_string(customer);
    for (const char* channel : {"email", "sms", "post"}) {
        REQUIRE(store->execute("INSERT INTO consents(uid, customer_id, channel, granted, wording_version, recorded_at)"
                               " VALUES (lower(hex(randomblob(16))), "
                + id + ", '" + channel + "', 0, 'counter-v1', '2026-11-22T18:00:00.000Z')",
            u"t"));
    }
    CHECK(count(*store, "SELECT consenting FROM customer_stats WHERE customer_id = " + id) == 0);
    REQUIRE(store->execute("INSERT INTO consents(uid, customer_id, channel, granted, wording_version, recorded_at)"
                           " VALUES ('again', "
            + id + ", 'sms', 1, 'counter-v1', '2026-11-22T18:30:00.000Z')",
        u"t"));
    CHECK(count(*store, "SELECT consenting FROM customer_stats WHERE customer_id = " + id) == 1);
}
