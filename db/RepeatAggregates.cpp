// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatAggregates.h"

#include "Connection.h"
#include "Transaction.h"

#include <map>
#include <unordered_map>

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

constexpr std::string_view kSql[] = {
    "SELECT orders FROM customer_stats WHERE customer_id = ?1",
    "UPDATE sales SET order_no = ?2 WHERE id = ?1",
    "INSERT OR IGNORE INTO customer_stats(customer_id) VALUES (?1)",
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
    " refunds_minor = refunds_minor + ?12 WHERE day = ?1 AND cashier_id = ?2",
    "SELECT s.customer_id, s.total_minor, coalesce((SELECT sum(r.total_minor) FROM sales r"
    " WHERE r.original_sale_id = s.id), 0) FROM sales s WHERE s.id = ?1",
    SS_HISTORY_COLUMNS " FROM sales s WHERE s.customer_id = ?1 AND s.kind = 'sale' ORDER BY s.created_at, s.id",
    "SELECT coalesce(sum(total_minor), 0) FROM sales WHERE customer_id = ?1 AND kind = 'refund'"
    " AND original_sale_id IS NULL",
    "INSERT OR REPLACE INTO customer_stats(customer_id, first_at, first_sale_id, first_cashier_id, second_at,"
    " last_at, orders, revenue_minor) VALUES (?1, nullif(?2, 0), nullif(?3, 0), nullif(?4, 0), nullif(?5, 0),"
    " nullif(?6, 0), ?7, ?8)",
    "DELETE FROM customer_stats WHERE customer_id = ?1",
};

HistorySale historySale(const Statement& row)
{
    return HistorySale {row.columnInt(0), row.columnInt(1), row.columnInt(2), row.columnInt(3), row.columnInt(4)};
}

Result<void> bindStats(Statement& replace, const CustomerStats& stats)
{
    replace.bind(1, stats.customerId).bind(2, stats.firstAtUtc).bind(3, stats.firstSaleId);
    replace.bind(4, stats.firstCashierId).bind(5, stats.secondAtUtc).bind(6, stats.lastAtUtc);
    replace.bind(7, stats.orders).bind(8, stats.revenueMinor);
    return replace.run();
}

} // namespace

RepeatAggregates::RepeatAggregates(Connection& connection, std::vector<Statement> statements)
    : m_connection(&connection)
    , m_statements(std::move(statements))
{ }

Result<RepeatAggregates> RepeatAggregates::create(Connection& connection)
{
    std::vector<Statement> statements;
    for (std::string_view sql : kSql) {
        auto statement = Statement::prepare(connection, sql);
        if (!statement)
            return std::unexpected(statement.error());
        statements.push_back(std::move(*statement));
    }
    return RepeatAggregates(connection, std::move(statements));
}

Result<void> RepeatAggregates::addToDay(const QString& day, qint64 cashierId, const DayTotals& add)
{
    if (auto r = statement(DayEnsure).bind(1, day).bind(2, cashierId).run(); !r)
        return r;
    Statement& update = statement(DayAdd);
    update.bind(1, day).bind(2, cashierId).bind(3, add.sales).bind(4, add.identifiedSales).bind(5, add.firstOrders);
    update.bind(6, add.secondOrders).bind(7, add.repeatOrders).bind(8, add.revenueMinor);
    update.bind(9, add.firstRevenueMinor).bind(10, add.repeatRevenueMinor).bind(11, add.refunds);
    update.bind(12, add.refundsMinor);
    return update.run();
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
    struct Stored
    {
        HistorySale sale;
        int orderNo = 0;
        QString day;
    };
    std::vector<Stored> stored;
    Statement& history = statement(HistoryOfCustomer);
    history.bind(1, customerId);
    auto read = history.forEach([&](const Statement& row) {
        stored.push_back(Stored {historySale(row), static_cast<int>(row.columnInt(5)), row.columnText(6)});
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

    std::vector<HistorySale> sales;
    sales.reserve(stored.size());
    for (const Stored& s : stored)
        sales.push_back(s.sale);
    const std::vector<int> numbers = core::reports::orderNumbers(sales);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (numbers[i] == stored[i].orderNo)
            continue;
        Statement& set = statement(SetOrderNo);
        set.bind(1, stored[i].sale.saleId);
        numbers[i] > 0 ? set.bind(2, numbers[i]) : set.bindNull(2);
        if (auto r = set.run(); !r)
            return r;
        // Only the first/second/repeat columns change: sales and takings stay on the day they were.
        DayTotals moved = core::reports::saleContribution(stored[i].sale.totalMinor, true, numbers[i]);
        moved -= core::reports::saleContribution(stored[i].sale.totalMinor, true, stored[i].orderNo);
        if (auto r = addToDay(stored[i].day, stored[i].sale.cashierId, moved); !r)
            return r;
    }
    if (stored.empty() && blindRefunds == 0)
        return statement(StatsDelete).bind(1, customerId).run();
    return bindStats(statement(StatsReplace), core::reports::summarise(customerId, sales, blindRefunds));
}

Result<RecomputedFigures> recomputeFigures(Connection& connection)
{
    RecomputedFigures figures;
    std::unordered_map<qint64, int> placeOf;
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
        qint64 current = 0;
        const auto flush = [&] {
            if (current == 0)
                return;
            const std::vector<int> numbers = core::reports::orderNumbers(sales);
            for (std::size_t i = 0; i < sales.size(); ++i) {
                figures.orderNumbers.push_back({sales[i].saleId, numbers[i]});
                placeOf.emplace(sales[i].saleId, numbers[i]);
            }
            const auto blindIt = blindRefunds.find(current);
            figures.customers.push_back(
                core::reports::summarise(current, sales, blindIt == blindRefunds.end() ? 0 : blindIt->second));
            if (blindIt != blindRefunds.end())
                blindRefunds.erase(blindIt);
            sales.clear();
        };
        auto read = all->forEach([&](const Statement& row) {
            const qint64 customer = row.columnInt(7);
            if (customer != current) {
                flush();
                current = customer;
            }
            sales.push_back(historySale(row));
        });
        if (!read)
            return std::unexpected(read.error());
        flush();
        for (const auto& [customer, refunds] : blindRefunds) // refunds from customers with no sale
            figures.customers.push_back(core::reports::summarise(customer, {}, refunds));
        std::sort(figures.customers.begin(), figures.customers.end(),
            [](const CustomerStats& a, const CustomerStats& b) { return a.customerId < b.customerId; });
    }

    auto every = Statement::prepare(connection,
        "SELECT id, substr(created_at, 1, 10), cashier_id, kind = 'refund', customer_id IS NOT NULL, total_minor"
        " FROM sales");
    if (!every)
        return std::unexpected(every.error());
    std::map<std::pair<QString, qint64>, DayTotals> days;
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
    for (auto& [key, totals] : days)
        figures.days.push_back({key.first, key.second, totals});
    return figures;
}

Result<void> rebuildRepeatAggregates(Connection& connection)
{
    auto figures = recomputeFigures(connection);
    if (!figures)
        return std::unexpected(figures.error());
    for (std::string_view sql :
        {std::string_view("DELETE FROM customer_stats"), std::string_view("DELETE FROM daily_totals"),
            std::string_view("UPDATE sales SET order_no = NULL WHERE order_no IS NOT NULL")}) {
        if (auto r = connection.execute(sql, u"clear repeat figures"); !r)
            return r;
    }
    auto setOrder = Statement::prepare(connection, kSql[SetOrderNo]);
    auto stats = Statement::prepare(connection, kSql[StatsReplace]);
    auto day = Statement::prepare(connection,
        "INSERT INTO daily_totals(day, cashier_id, sales, identified_sales, first_orders, second_orders, repeat_orders,"
        " revenue_minor, first_revenue_minor, repeat_revenue_minor, refunds, refunds_minor)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!setOrder || !stats || !day)
        return std::unexpected(!setOrder ? setOrder.error() : !stats ? stats.error() : day.error());
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
    for (const auto& [date, cashier, t] : figures->days) {
        day->bind(1, date).bind(2, cashier).bind(3, t.sales).bind(4, t.identifiedSales).bind(5, t.firstOrders);
        day->bind(6, t.secondOrders).bind(7, t.repeatOrders).bind(8, t.revenueMinor).bind(9, t.firstRevenueMinor);
        day->bind(10, t.repeatRevenueMinor).bind(11, t.refunds).bind(12, t.refundsMinor);
        if (auto r = day->run(); !r)
            return r;
    }
    return {};
}

Result<AggregateCheck> checkRepeatAggregates(Connection& connection)
{
    auto transaction = Transaction::begin(connection); // one snapshot for the recomputation and the rows
    if (!transaction)
        return std::unexpected(transaction.error());
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
        const int expected = it == expectedPlace.end() ? 0 : it->second;
        if (expected != row.columnInt(1))
            ++check.orderNoMismatches;
    });
    if (!read)
        return std::unexpected(read.error());

    std::map<qint64, CustomerStats> stored;
    auto stats = Statement::prepare(connection,
        "SELECT customer_id, coalesce(first_at, 0), coalesce(first_sale_id, 0), coalesce(first_cashier_id, 0),"
        " coalesce(second_at, 0), coalesce(last_at, 0), orders, revenue_minor FROM customer_stats");
    if (!stats)
        return std::unexpected(stats.error());
    read = stats->forEach([&](const Statement& row) {
        stored[row.columnInt(0)] = CustomerStats {row.columnInt(0), row.columnInt(1), row.columnInt(2),
            row.columnInt(3), row.columnInt(4), row.columnInt(5), static_cast<int>(row.columnInt(6)), row.columnInt(7)};
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
        " first_revenue_minor, repeat_revenue_minor, refunds, refunds_minor FROM daily_totals");
    if (!days)
        return std::unexpected(days.error());
    read = days->forEach([&](const Statement& row) {
        storedDays[{row.columnText(0), row.columnInt(1)}]
            = DayTotals {row.columnInt(2), row.columnInt(3), row.columnInt(4), row.columnInt(5), row.columnInt(6),
                row.columnInt(7), row.columnInt(8), row.columnInt(9), row.columnInt(10), row.columnInt(11)};
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
    return check;
}

} // namespace ss::db
