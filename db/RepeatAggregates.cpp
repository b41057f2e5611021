// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatAggregates.h"

#include "Connection.h"
#include "Transaction.h"

#include <QDateTime>

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ss::db {

using core::Result;
using core::reports::CustomerStats;
using core::reports::DayTotals;
using core::reports::HistorySale;

namespace {

enum Sql {
    ReadOrders,
    SetOrderNo,
    StatsEnsure,
    StatsAddOrder,
    StatsAddMoney,
    DayEnsure,
    DayAdd,
    GapEnsure,
    GapAdd,
    OriginalFacts,
    HistoryOfCustomer,
    BlindRefundsOfCustomer,
    StatsReplace,
    StatsDelete,
};

// Columns 0–6 of the history queries: id, UTC seconds, cashier, total, refunded so far, stored
// order_no, day.
#define SS_HISTORY_COLUMNS                                                                                             \
    "SELECT s.id, CAST(strftime('%s', s.created_at) AS INTEGER), s.cashier_id, s.total_minor,"                         \
    " coalesce((SELECT sum(r.total_minor) FROM sales r WHERE r.original_sale_id = s.id), 0),"                          \
    " coalesce(s.order_no, 0), substr(s.created_at, 1, 10)"

// A yes on some channel now: the newest answer of a channel is a yes (the ledger's own order).
#define SS_CONSENTING(customer)                                                                                        \
    "EXISTS (SELECT 1 FROM consents a WHERE a.customer_id = " customer " AND a.granted = 1"                            \
    " AND NOT EXISTS (SELECT 1 FROM consents b WHERE b.customer_id = a.customer_id AND b.channel = a.channel"          \
    " AND (b.recorded_at > a.recorded_at OR (b.recorded_at = a.recorded_at AND b.id > a.id))))"

constexpr std::string_view kSql[] = {
    "SELECT orders, coalesce(last_at, 0) FROM customer_stats WHERE customer_id = ?1",
    "UPDATE sales SET order_no = ?2 WHERE id = ?1",
    "INSERT OR IGNORE INTO customer_stats(customer_id, consenting) VALUES (?1, " SS_CONSENTING("?1") ")",
    // On the right-hand side every column is still the old value: `orders = 1` means this is the second.
    "UPDATE customer_stats SET orders = orders + 1, revenue_minor = revenue_minor + ?2,"
    " last_at = max(coalesce(last_at, 0), ?3), first_at = coalesce(first_at, ?3),"
    " first_sale_id = coalesce(first_sale_id, ?4), first_cashier_id = coalesce(first_cashier_id, ?5),"
    " second_at = CASE WHEN orders = 1 THEN ?3 ELSE second_at END WHERE customer_id = ?1",
    "UPDATE customer_stats SET revenue_minor = revenue_minor + ?2 WHERE customer_id = ?1",
    "INSERT OR IGNORE INTO daily_totals(day, cashier_id) VALUES (?1, ?2)",
    "UPDATE daily_totals SET sales = sales + ?3, identified_sales = identified_sales + ?4,"
    " first_orders = first_orders + ?5, second_orders = second_orders + ?6, repeat_orders = repeat_orders + ?7,"
    " revenue_minor = revenue_minor + ?8, first_revenue_minor = first_revenue_minor + ?9,"
    " repeat_revenue_minor = repeat_revenue_minor + ?10, refunds = refunds + ?11,"
    " refunds_minor = refunds_minor + ?12, coupons_issued = coupons_issued + ?13,"
    " coupons_redeemed = coupons_redeemed + ?14 WHERE day = ?1 AND cashier_id = ?2",
    "INSERT OR IGNORE INTO repeat_gaps(day, prev_day) VALUES (?1, ?2)",
    "UPDATE repeat_gaps SET orders = orders + ?3 WHERE day = ?1 AND prev_day = ?2",
    "SELECT s.customer_id, s.total_minor, coalesce((SELECT sum(r.total_minor) FROM sales r"
    " WHERE r.original_sale_id = s.id), 0) FROM sales s WHERE s.id = ?1",
    SS_HISTORY_COLUMNS " FROM sales s WHERE s.customer_id = ?1 AND s.kind = 'sale' ORDER BY s.created_at, s.id",
    "SELECT coalesce(sum(total_minor), 0) FROM sales WHERE customer_id = ?1 AND kind = 'refund'"
    " AND original_sale_id IS NULL",
    "INSERT OR REPLACE INTO customer_stats(customer_id, first_at, first_sale_id, first_cashier_id, second_at,"
    " last_at, orders, revenue_minor, consenting) VALUES (?1, nullif(?2, 0), nullif(?3, 0), nullif(?4, 0),"
    " nullif(?5, 0), nullif(?6, 0), ?7, ?8, " SS_CONSENTING("?1") ")",
    "DELETE FROM customer_stats WHERE customer_id = ?1",
};

HistorySale historySale(const Statement& row)
{
    return HistorySale {row.columnInt(0), row.columnInt(1), row.columnInt(2), row.columnInt(3), row.columnInt(4)};
}

QString utcDay(qint64 atUtc)
{
    return QDateTime::fromSecsSinceEpoch(atUtc, Qt::UTC).date().toString(Qt::ISODate);
}

Result<void> bindStats(Statement& replace, const CustomerStats& stats)
{
    replace.bind(1, stats.customerId).bind(2, stats.firstAtUtc).bind(3, stats.firstSaleId);
    replace.bind(4, stats.firstCashierId).bind(5, stats.secondAtUtc).bind(6, stats.lastAtUtc);
    replace.bind(7, stats.orders).bind(8, stats.revenueMinor);
    return replace.run();
}

Statement& bindDay(Statement& statement, const QString& day, qint64 cashierId, const DayTotals& t)
{
    statement.bind(1, day).bind(2, cashierId).bind(3, t.sales).bind(4, t.identifiedSales).bind(5, t.firstOrders);
    statement.bind(6, t.secondOrders).bind(7, t.repeatOrders).bind(8, t.revenueMinor);
    statement.bind(9, t.firstRevenueMinor).bind(10, t.repeatRevenueMinor).bind(11, t.refunds);
    statement.bind(12, t.refundsMinor).bind(13, t.couponsIssued).bind(14, t.couponsRedeemed);
    return statement;
}

DayTotals dayTotalsFrom(const Statement& row, int first)
{
    return DayTotals {row.columnInt(first), row.columnInt(first + 1), row.columnInt(first + 2),
        row.columnInt(first + 3), row.columnInt(first + 4), row.columnInt(first + 5), row.columnInt(first + 6),
        row.columnInt(first + 7), row.columnInt(first + 8), row.columnInt(first + 9), row.columnInt(first + 10),
        row.columnInt(first + 11)};
}

/// The repeat gaps of one customer's history: (day, day of the purchase before) per repeat purchase,
/// for the numbering given (0: not a purchase).
void gapsOf(const std::vector<QString>& days, const std::vector<int>& numbers,
    std::map<std::pair<QString, QString>, qint64>& gaps, qint64 sign)
{
    QString previous;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (numbers[i] <= 0)
            continue;
        if (numbers[i] >= 2)
            gaps[{days[i], previous}] += sign;
        previous = days[i];
    }
}

} // namespace

RepeatAggregates::RepeatAggregates(Connection& connection, std::vector<Statement> statements)
    : m_connection(&connection)
    , m_statements(std::move(statements))
{ }

Result<RepeatAggregates> RepeatAggregates::create(Connection& connection)
{
    auto statements = Statement::prepareAll(connection, kSql);
    if (!statements)
        return std::unexpected(statements.error());
    return RepeatAggregates(connection, std::move(*statements));
}

Result<void> RepeatAggregates::addToDay(const QString& day, qint64 cashierId, const DayTotals& add)
{
    if (add == DayTotals {})
        return {};
    if (auto r = statement(DayEnsure).bind(1, day).bind(2, cashierId).run(); !r)
        return r;
    return bindDay(statement(DayAdd), day, cashierId, add).run();
}

Result<void> RepeatAggregates::addToGap(const QString& day, const QString& prevDay, qint64 orders)
{
    if (orders == 0)
        return {};
    if (auto r = statement(GapEnsure).bind(1, day).bind(2, prevDay).run(); !r)
        return r;
    return statement(GapAdd).bind(1, day).bind(2, prevDay).bind(3, orders).run();
}

Result<void> RepeatAggregates::saleCommitted(const SaleFacts& sale)
{
    const QString day = sale.createdAt.left(10);
    if (!sale.customerId)
        return addToDay(day, sale.cashierId, core::reports::saleContribution(sale.totalMinor, false, 0));

    Statement& read = statement(ReadOrders);
    read.bind(1, *sale.customerId);
    auto row = read.step();
    const qint64 before = row && *row ? read.columnInt(0) : 0;
    const qint64 previousAt = row && *row ? read.columnInt(1) : 0;
    read.reset();
    if (!row)
        return std::unexpected(row.error());
    const int orderNo = static_cast<int>(before) + 1;
    if (auto r = statement(SetOrderNo).bind(1, sale.saleId).bind(2, orderNo).run(); !r)
        return r;
    if (auto r = statement(StatsEnsure).bind(1, *sale.customerId).run(); !r)
        return r;
    Statement& add = statement(StatsAddOrder);
    add.bind(1, *sale.customerId).bind(2, sale.totalMinor).bind(3, sale.atUtc).bind(4, sale.saleId);
    add.bind(5, sale.cashierId);
    if (auto r = add.run(); !r)
        return r;
    if (orderNo >= 2) {
        if (auto r = addToGap(day, utcDay(previousAt), 1); !r)
            return r;
    }
    return addToDay(day, sale.cashierId, core::reports::saleContribution(sale.totalMinor, true, orderNo));
}

Result<void> RepeatAggregates::refundCommitted(const SaleFacts& refund, std::optional<qint64> originalId)
{
    if (auto r
        = addToDay(refund.createdAt.left(10), refund.cashierId, core::reports::refundContribution(refund.totalMinor));
        !r)
        return r;
    std::optional<qint64> customer = refund.customerId;
    bool cameBackWhole = false;
    if (originalId) {
        Statement& original = statement(OriginalFacts);
        original.bind(1, *originalId);
        auto row = original.step();
        if (row && *row) {
            customer = original.columnIsNull(0) ? std::nullopt : std::optional<qint64>(original.columnInt(0));
            cameBackWhole = core::reports::fullyReturned(
                HistorySale {*originalId, 0, 0, original.columnInt(1), original.columnInt(2)});
        }
        original.reset();
        if (!row)
            return std::unexpected(row.error());
    }
    if (!customer)
        return {};
    if (cameBackWhole)
        return refreshCustomer(*customer); // the sale no longer counts: later purchases move up a place
    if (auto r = statement(StatsEnsure).bind(1, *customer).run(); !r)
        return r;
    return statement(StatsAddMoney).bind(1, *customer).bind(2, refund.totalMinor).run();
}

Result<void> RepeatAggregates::refreshCustomer(qint64 customerId)
{
    std::vector<HistorySale> sales;
    std::vector<int> storedNumbers;
    std::vector<QString> days;
    Statement& history = statement(HistoryOfCustomer);
    history.bind(1, customerId);
    auto read = history.forEach([&](const Statement& row) {
        sales.push_back(historySale(row));
        storedNumbers.push_back(static_cast<int>(row.columnInt(5)));
        days.push_back(row.columnText(6));
    });
    history.reset();
    if (!read)
        return read;
    Statement& blind = statement(BlindRefundsOfCustomer);
    blind.bind(1, customerId);
    auto row = blind.step();
    const qint64 blindRefunds = row && *row ? blind.columnInt(0) : 0;
    blind.reset();
    if (!row)
        return std::unexpected(row.error());

    const std::vector<int> numbers = core::reports::orderNumbers(sales);
    for (std::size_t i = 0; i < sales.size(); ++i) {
        if (numbers[i] == storedNumbers[i])
            continue;
        Statement& set = statement(SetOrderNo);
        set.bind(1, sales[i].saleId);
        numbers[i] > 0 ? set.bind(2, numbers[i]) : set.bindNull(2);
        if (auto r = set.run(); !r)
            return r;
        // Only the first/second/repeat columns change: sales and takings stay on the day they were.
        DayTotals moved = core::reports::saleContribution(sales[i].totalMinor, true, numbers[i]);
        moved -= core::reports::saleContribution(sales[i].totalMinor, true, storedNumbers[i]);
        if (auto r = addToDay(days[i], sales[i].cashierId, moved); !r)
            return r;
    }
    std::map<std::pair<QString, QString>, qint64> gaps;
    gapsOf(days, numbers, gaps, +1);
    gapsOf(days, storedNumbers, gaps, -1);
    for (const auto& [key, change] : gaps) {
        if (auto r = addToGap(key.first, key.second, change); !r)
            return r;
    }
    if (sales.empty() && blindRefunds == 0)
        return statement(StatsDelete).bind(1, customerId).run();
    return bindStats(statement(StatsReplace), core::reports::summarise(customerId, sales, blindRefunds));
}

Result<RecomputedFigures> recomputeFigures(Connection& connection)
{
    RecomputedFigures figures;
    std::unordered_map<qint64, int> placeOf;
    std::map<std::pair<QString, QString>, qint64> gaps;
    {
        auto blind = Statement::prepare(connection,
            "SELECT customer_id, sum(total_minor) FROM sales WHERE kind = 'refund' AND original_sale_id IS NULL"
            " AND customer_id IS NOT NULL GROUP BY customer_id");
        if (!blind)
            return std::unexpected(blind.error());
        std::map<qint64, qint64> blindRefunds;
        if (auto r = blind->forEach([&](const Statement& row) { blindRefunds[row.columnInt(0)] = row.columnInt(1); });
            !r)
            return std::unexpected(r.error());

        auto all = Statement::prepare(connection,
            SS_HISTORY_COLUMNS ", s.customer_id FROM sales s WHERE s.customer_id IS NOT NULL AND s.kind = 'sale'"
                               " ORDER BY s.customer_id, s.created_at, s.id");
        if (!all)
            return std::unexpected(all.error());
        std::vector<HistorySale> sales;
        std::vector<QString> days;
        qint64 current = 0;
        const auto flush = [&] {
            if (current == 0)
                return;
            const std::vector<int> numbers = core::reports::orderNumbers(sales);
            for (std::size_t i = 0; i < sales.size(); ++i) {
                figures.orderNumbers.push_back({sales[i].saleId, numbers[i]});
                placeOf.emplace(sales[i].saleId, numbers[i]);
            }
            gapsOf(days, numbers, gaps, +1);
            const auto blindIt = blindRefunds.find(current);
            figures.customers.push_back(
                core::reports::summarise(current, sales, blindIt == blindRefunds.end() ? 0 : blindIt->second));
            if (blindIt != blindRefunds.end())
                blindRefunds.erase(blindIt);
            sales.clear();
            days.clear();
        };
        auto read = all->forEach([&](const Statement& row) {
            const qint64 customer = row.columnInt(7);
            if (customer != current) {
                flush();
                current = customer;
            }
            sales.push_back(historySale(row));
            days.push_back(row.columnText(6));
        });
        if (!read)
            return std::unexpected(read.error());
        flush();
        for (const auto& [customer, refunds] : blindRefunds) // refunds from customers with no sale
            figures.customers.push_back(core::reports::summarise(customer, {}, refunds));
        std::sort(figures.customers.begin(), figures.customers.end(),
            [](const CustomerStats& a, const CustomerStats& b) { return a.customerId < b.customerId; });
    }
    for (const auto& [key, orders] : gaps)
        figures.gaps.push_back({key.first, key.second, orders});

    {
        auto consenting = Statement::prepare(connection,
            "SELECT DISTINCT a.customer_id FROM consents a WHERE a.granted = 1 AND NOT EXISTS (SELECT 1 FROM consents b"
            " WHERE b.customer_id = a.customer_id AND b.channel = a.channel AND (b.recorded_at > a.recorded_at"
            " OR (b.recorded_at = a.recorded_at AND b.id > a.id)))");
        if (!consenting)
            return std::unexpected(consenting.error());
        std::unordered_set<qint64> yes;
        if (auto r = consenting->forEach([&](const Statement& row) { yes.insert(row.columnInt(0)); }); !r)
            return std::unexpected(r.error());
        for (CustomerStats& customer : figures.customers)
            customer.consenting = yes.contains(customer.customerId);
    }

    std::map<std::pair<QString, qint64>, DayTotals> days;
    auto every = Statement::prepare(connection,
        "SELECT id, substr(created_at, 1, 10), cashier_id, kind = 'refund', customer_id IS NOT NULL, total_minor"
        " FROM sales");
    if (!every)
        return std::unexpected(every.error());
    auto read = every->forEach([&](const Statement& row) {
        DayTotals& day = days[{row.columnText(1), row.columnInt(2)}];
        const qint64 total = row.columnInt(5);
        if (row.columnInt(3) != 0) {
            day += core::reports::refundContribution(total);
            return;
        }
        const bool identified = row.columnInt(4) != 0;
        const auto place = identified ? placeOf.find(row.columnInt(0)) : placeOf.end();
        day += core::reports::saleContribution(total, identified, place == placeOf.end() ? 0 : place->second);
    });
    if (!read)
        return std::unexpected(read.error());
    auto coupons = Statement::prepare(connection,
        "SELECT substr(p.created_at, 1, 10), s.cashier_id, 1, 0 FROM coupons p JOIN sales s ON s.id = p.issued_sale_id"
        " UNION ALL SELECT substr(p.redeemed_at, 1, 10), s.cashier_id, 0, 1 FROM coupons p"
        " JOIN sales s ON s.id = p.redeemed_sale_id");
    if (!coupons)
        return std::unexpected(coupons.error());
    read = coupons->forEach([&](const Statement& row) {
        DayTotals& day = days[{row.columnText(0), row.columnInt(1)}];
        day.couponsIssued += row.columnInt(2);
        day.couponsRedeemed += row.columnInt(3);
    });
    if (!read)
        return std::unexpected(read.error());
    for (auto& [key, totals] : days)
        figures.days.push_back({key.first, key.second, totals});

    auto offers = Statement::prepare(connection,
        "SELECT substr(c.created_at, 1, 10), coalesce(c.rule_id, 0), count(*), count(c.redeemed_sale_id),"
        " count(c.voided_at), coalesce(sum(CAST(julianday(c.redeemed_at) - julianday(c.created_at) AS INTEGER)), 0),"
        " coalesce(sum(s.discount_minor), 0), coalesce(sum(s.total_minor), 0) FROM coupons c"
        " LEFT JOIN sales s ON s.id = c.redeemed_sale_id GROUP BY 1, 2 ORDER BY 1, 2");
    if (!offers)
        return std::unexpected(offers.error());
    read = offers->forEach([&](const Statement& row) {
        figures.offerDays.push_back({row.columnText(0), row.columnInt(1),
            {row.columnInt(2), row.columnInt(3), row.columnInt(4), row.columnInt(5), row.columnInt(6),
                row.columnInt(7)}});
    });
    if (!read)
        return std::unexpected(read.error());
    return figures;
}

Result<void> rebuildRepeatAggregates(Connection& connection)
{
    auto figures = recomputeFigures(connection);
    if (!figures)
        return std::unexpected(figures.error());
    for (std::string_view sql :
        {std::string_view("DELETE FROM customer_stats"), std::string_view("DELETE FROM daily_totals"),
            std::string_view("DELETE FROM repeat_gaps"), std::string_view("DELETE FROM offer_days"),
            std::string_view("UPDATE sales SET order_no = NULL WHERE order_no IS NOT NULL")}) {
        if (auto r = connection.execute(sql, u"clear repeat figures"); !r)
            return r;
    }
    auto setOrder = Statement::prepare(connection, kSql[SetOrderNo]);
    auto stats = Statement::prepare(connection, kSql[StatsReplace]);
    auto day = Statement::prepare(connection,
        "INSERT INTO daily_totals(day, cashier_id, sales, identified_sales, first_orders, second_orders, repeat_orders,"
        " revenue_minor, first_revenue_minor, repeat_revenue_minor, refunds, refunds_minor, coupons_issued,"
        " coupons_redeemed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    auto gap = Statement::prepare(connection, "INSERT INTO repeat_gaps(day, prev_day, orders) VALUES (?1, ?2, ?3)");
    auto offer = Statement::prepare(connection,
        "INSERT INTO offer_days(day, rule_id, issued, redeemed, voided, days_to_redeem, discount_minor,"
        " redeeming_revenue_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto* prepared : {&setOrder, &stats, &day, &gap, &offer}) {
        if (!*prepared)
            return std::unexpected(prepared->error());
    }
    for (const auto& placed : figures->orderNumbers) {
        if (placed.orderNo == 0)
            continue;
        if (auto r = setOrder->bind(1, placed.saleId).bind(2, placed.orderNo).run(); !r)
            return r;
    }
    for (const CustomerStats& customer : figures->customers) {
        if (auto r = bindStats(*stats, customer); !r)
            return r;
    }
    for (const auto& [date, cashier, totals] : figures->days) {
        if (auto r = bindDay(*day, date, cashier, totals).run(); !r)
            return r;
    }
    for (const auto& [date, previous, orders] : figures->gaps) {
        if (auto r = gap->bind(1, date).bind(2, previous).bind(3, orders).run(); !r)
            return r;
    }
    for (const auto& [date, rule, values] : figures->offerDays) {
        offer->bind(1, date).bind(2, rule);
        for (std::size_t i = 0; i < values.size(); ++i)
            offer->bind(static_cast<int>(i) + 3, values[i]);
        if (auto r = offer->run(); !r)
            return r;
    }
    return {};
}

Result<AggregateCheck> checkRepeatAggregates(Connection& connection)
{
    auto snapshot = Transaction::beginRead(connection); // one view for the recomputation and the rows
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto figures = recomputeFigures(connection);
    if (!figures)
        return std::unexpected(figures.error());
    AggregateCheck check;

    std::unordered_map<qint64, int> expectedPlace;
    for (const auto& placed : figures->orderNumbers)
        expectedPlace.emplace(placed.saleId, placed.orderNo);
    auto places = Statement::prepare(connection, "SELECT id, coalesce(order_no, 0) FROM sales WHERE kind = 'sale'");
    if (!places)
        return std::unexpected(places.error());
    auto read = places->forEach([&](const Statement& row) {
        const auto it = expectedPlace.find(row.columnInt(0));
        if ((it == expectedPlace.end() ? 0 : it->second) != row.columnInt(1))
            ++check.orderNoMismatches;
    });
    if (!read)
        return std::unexpected(read.error());

    std::map<qint64, CustomerStats> stored;
    auto stats = Statement::prepare(connection,
        "SELECT customer_id, coalesce(first_at, 0), coalesce(first_sale_id, 0), coalesce(first_cashier_id, 0),"
        " coalesce(second_at, 0), coalesce(last_at, 0), orders, revenue_minor, consenting FROM customer_stats");
    if (!stats)
        return std::unexpected(stats.error());
    read = stats->forEach([&](const Statement& row) {
        stored[row.columnInt(0)]
            = CustomerStats {row.columnInt(0), row.columnInt(1), row.columnInt(2), row.columnInt(3), row.columnInt(4),
                row.columnInt(5), static_cast<int>(row.columnInt(6)), row.columnInt(7), row.columnInt(8) != 0};
    });
    if (!read)
        return std::unexpected(read.error());
    for (const CustomerStats& expected : figures->customers) {
        ++check.customers;
        const auto it = stored.find(expected.customerId);
        if (it == stored.end() || !(it->second == expected))
            ++check.customerMismatches;
        if (it != stored.end())
            stored.erase(it);
    }
    check.customerMismatches += static_cast<qint64>(stored.size()); // rows with no history behind them

    std::map<std::pair<QString, qint64>, DayTotals> storedDays;
    auto days = Statement::prepare(connection,
        "SELECT day, cashier_id, sales, identified_sales, first_orders, second_orders, repeat_orders, revenue_minor,"
        " first_revenue_minor, repeat_revenue_minor, refunds, refunds_minor, coupons_issued, coupons_redeemed"
        " FROM daily_totals");
    if (!days)
        return std::unexpected(days.error());
    read = days->forEach([&](const Statement& row) {
        storedDays[{row.columnText(0), row.columnInt(1)}] = dayTotalsFrom(row, 2);
    });
    if (!read)
        return std::unexpected(read.error());
    for (const auto& [date, cashier, totals] : figures->days) {
        ++check.days;
        const auto it = storedDays.find({date, cashier});
        if (it == storedDays.end() || !(it->second == totals))
            ++check.dayMismatches;
        if (it != storedDays.end())
            storedDays.erase(it);
    }
    for (const auto& [key, totals] : storedDays) {
        if (!(totals == DayTotals {})) // a day emptied by a renumbering may stay as zeros
            ++check.dayMismatches;
    }

    std::map<std::pair<QString, QString>, qint64> storedGaps;
    auto gaps = Statement::prepare(connection, "SELECT day, prev_day, orders FROM repeat_gaps WHERE orders <> 0");
    if (!gaps)
        return std::unexpected(gaps.error());
    read = gaps->forEach([&](const Statement& row) {
        storedGaps[{row.columnText(0), row.columnText(1)}] = row.columnInt(2);
    });
    if (!read)
        return std::unexpected(read.error());
    std::map<std::pair<QString, QString>, qint64> expectedGaps;
    for (const auto& gap : figures->gaps) {
        if (gap.orders != 0)
            expectedGaps[{gap.day, gap.prevDay}] = gap.orders;
    }
    if (storedGaps != expectedGaps)
        ++check.otherMismatches;

    std::vector<RecomputedFigures::OfferDay> storedOffers;
    auto offers = Statement::prepare(connection,
        "SELECT day, rule_id, issued, redeemed, voided, days_to_redeem, discount_minor, redeeming_revenue_minor"
        " FROM offer_days WHERE issued <> 0 ORDER BY 1, 2");
    if (!offers)
        return std::unexpected(offers.error());
    read = offers->forEach([&](const Statement& row) {
        storedOffers.push_back({row.columnText(0), row.columnInt(1),
            {row.columnInt(2), row.columnInt(3), row.columnInt(4), row.columnInt(5), row.columnInt(6),
                row.columnInt(7)}});
    });
    if (!read)
        return std::unexpected(read.error());
    if (storedOffers != figures->offerDays)
        ++check.otherMismatches;
    return check;
}

} // namespace ss::db
