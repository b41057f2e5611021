// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralReport.h"

#include <QDate>
#include <QDateTime>

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace ss::db::sync {

using core::Result;
using namespace core::reports;

namespace {

struct CentralSale
{
    qint64 id = 0;
    QString customerUid;
    bool refund = false;
    qint64 atUtc = 0;
    QString day;
    qint64 totalMinor = 0;
    QString originalUid;
};

/// Sales of the shop (or all), each customer's in time order, as the till's own rebuild reads them.
Result<std::vector<CentralSale>> readSales(
    PgConnection& central, const QString& shop, std::unordered_map<QString, qint64>& idOf)
{
    auto rows = central.exec(
        "SELECT sale_uid, coalesce(customer_uid, ''), kind = 'refund', floor(extract(epoch FROM created_at))::bigint,"
        " to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), total_minor, coalesce(original_sale_uid, '')"
        " FROM ss_sales WHERE $1 = '' OR shop = $1 ORDER BY coalesce(customer_uid, ''), created_at, sale_uid",
        {shop.isNull() ? QStringLiteral("") : shop}, std::chrono::seconds(60));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<CentralSale> sales;
    sales.reserve(static_cast<std::size_t>(rows->count()));
    for (int row = 0; row < rows->count(); ++row) {
        const qint64 id = row + 1;
        idOf.emplace(rows->text(row, 0), id);
        sales.push_back({id, rows->text(row, 1), rows->text(row, 2) == u"t", rows->integer(row, 3), rows->text(row, 4),
            rows->integer(row, 5), rows->text(row, 6)});
    }
    return sales;
}

/// Customers whose newest answer on some channel is a yes (the till's own rule, over the ledger).
Result<std::unordered_set<QString>> readConsenting(PgConnection& central)
{
    auto rows = central.exec(
        "SELECT customer_uid FROM (SELECT DISTINCT ON (payload->>'customer_uid', payload->>'channel')"
        " payload->>'customer_uid' AS customer_uid, (payload->>'granted')::int AS granted FROM ss_changes"
        " WHERE entity = 'consent' AND NOT (payload ? 'gone')"
        " ORDER BY payload->>'customer_uid', payload->>'channel', payload->>'recorded_at' DESC, seq DESC) latest"
        " WHERE granted = 1",
        {}, std::chrono::seconds(60));
    if (!rows)
        return std::unexpected(rows.error());
    std::unordered_set<QString> yes;
    for (int row = 0; row < rows->count(); ++row)
        yes.insert(rows->text(row, 0));
    return yes;
}

/// Coupons printed on a sale (by day of issue) and redeemed (by day of redemption) in the shop.
Result<void> addCoupons(PgConnection& central, const QString& shop, std::map<QString, DayTotals>& days)
{
    auto rows
        = central.exec("SELECT substr(c.payload->>'created_at', 1, 10), 1, 0 FROM ss_changes c JOIN ss_terminals t ON "
                       "t.origin = c.origin"
                       " WHERE c.entity = 'coupon' AND c.op = 'insert' AND c.payload->>'issued_sale_uid' IS NOT NULL"
                       " AND ($1 = '' OR t.shop = $1)"
                       " UNION ALL SELECT substr(c.payload->>'redeemed_at', 1, 10), 0, 1 FROM ss_changes c"
                       " JOIN ss_terminals t ON t.origin = c.origin WHERE c.entity = 'coupon' AND c.op = 'redeem'"
                       " AND c.payload->>'redeemed_sale_uid' IS NOT NULL AND ($1 = '' OR t.shop = $1)",
            {shop.isNull() ? QStringLiteral("") : shop}, std::chrono::seconds(60));
    if (!rows)
        return std::unexpected(rows.error());
    for (int row = 0; row < rows->count(); ++row) {
        DayTotals& day = days[rows->text(row, 0)];
        day.couponsIssued += rows->integer(row, 1);
        day.couponsRedeemed += rows->integer(row, 2);
    }
    return {};
}

struct Figures
{
    std::shared_ptr<std::vector<CustomerStats>> customers = std::make_shared<std::vector<CustomerStats>>();
    std::map<QString, DayTotals> days;
    std::map<std::pair<QString, QString>, qint64> gaps; ///< (day of a repeat order, day of the one before)
};

/// Per customer: order numbers, the summary, the gaps between orders; then every sale's day totals.
Figures figure(const std::vector<CentralSale>& sales, const std::unordered_map<QString, qint64>& idOf,
    const std::unordered_set<QString>& consenting)
{
    std::unordered_map<qint64, qint64> refundedOf;
    std::map<QString, qint64> blindRefunds;
    for (const CentralSale& sale : sales) {
        if (!sale.refund)
            continue;
        const auto original = sale.originalUid.isEmpty() ? idOf.end() : idOf.find(sale.originalUid);
        if (original != idOf.end())
            refundedOf[original->second] += sale.totalMinor;
        else if (!sale.customerUid.isEmpty())
            blindRefunds[sale.customerUid] += sale.totalMinor;
    }

    Figures figures;
    std::unordered_map<qint64, int> placeOf;
    std::unordered_map<QString, qint64> customerIdOf;
    std::vector<HistorySale> history;
    std::vector<QString> historyDays;
    QString current;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        const qint64 customerId = static_cast<qint64>(customerIdOf.size()) + 1;
        customerIdOf.emplace(current, customerId);
        const std::vector<int> numbers = orderNumbers(history);
        QString previous;
        for (std::size_t i = 0; i < history.size(); ++i) {
            placeOf.emplace(history[i].saleId, numbers[i]);
            if (numbers[i] <= 0)
                continue;
            if (numbers[i] >= 2)
                ++figures.gaps[{historyDays[i], previous}];
            previous = historyDays[i];
        }
        const auto blind = blindRefunds.find(current);
        CustomerStats stats = summarise(customerId, history, blind == blindRefunds.end() ? 0 : blind->second);
        stats.consenting = consenting.contains(current);
        figures.customers->push_back(stats);
        history.clear();
        historyDays.clear();
    };
    for (const CentralSale& sale : sales) { // ordered by customer, then time
        if (sale.customerUid != current) {
            flush();
            current = sale.customerUid;
        }
        if (current.isEmpty() || sale.refund)
            continue;
        const auto refunded = refundedOf.find(sale.id);
        history.push_back(
            {sale.id, sale.atUtc, 0, sale.totalMinor, refunded == refundedOf.end() ? 0 : refunded->second});
        historyDays.push_back(sale.day);
    }
    flush();
    for (const auto& [customer, refunds] : blindRefunds) { // refunds from customers with no sale
        if (!customerIdOf.contains(customer))
            figures.customers->push_back(summarise(static_cast<qint64>(figures.customers->size()) + 1, {}, refunds));
    }

    for (const CentralSale& sale : sales) {
        DayTotals& day = figures.days[sale.day];
        if (sale.refund) {
            day += refundContribution(sale.totalMinor);
            continue;
        }
        const bool identified = !sale.customerUid.isEmpty();
        const auto place = identified ? placeOf.find(sale.id) : placeOf.end();
        day += saleContribution(sale.totalMinor, identified, place == placeOf.end() ? 0 : place->second);
    }
    return figures;
}

void addDays(const Figures& figures, const Period& period, std::vector<DayRow>& rows)
{
    for (const auto& [day, totals] : figures.days) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (date >= period.from && date <= period.to)
            rows.push_back({date, 0, totals});
    }
}

qint64 returning(const Figures& figures, const Period& period)
{
    // As the till's repeat_gaps: a customer back in the period has exactly one order in it whose
    // previous order was before it.
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    qint64 count = 0;
    for (const auto& [key, orders] : figures.gaps) {
        if (key.first >= from && key.first <= to && key.second < from)
            count += orders;
    }
    return count;
}

} // namespace

Result<RepeatReport> loadCentralRepeatReport(
    PgConnection& central, const core::RepeatReportRequest& request, const QString& shop)
{
    if (!request.period.from.isValid() || !request.period.to.isValid() || request.period.to < request.period.from)
        return core::fail(
            core::ErrorCode::InvalidArgument, QStringLiteral("the period must end on or after its start"));
    // One snapshot of the centre for every query, as the till reads its own in one transaction.
    auto transaction = PgTransaction::begin(central);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = central.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"); !r)
        return std::unexpected(r.error());
    std::unordered_map<QString, qint64> idOf;
    auto sales = readSales(central, shop, idOf);
    if (!sales)
        return std::unexpected(sales.error());
    auto consenting = readConsenting(central);
    if (!consenting)
        return std::unexpected(consenting.error());
    Figures figures = figure(*sales, idOf, *consenting);
    if (auto r = addCoupons(central, shop, figures.days); !r)
        return std::unexpected(r.error());

    ReportInputs inputs;
    inputs.period = request.period;
    inputs.comparison = request.comparison;
    inputs.thresholds = request.thresholds;
    inputs.customers = figures.customers;
    addDays(figures, request.period, inputs.days);
    inputs.returningCustomers = returning(figures, request.period);
    if (request.comparison) {
        addDays(figures, *request.comparison, inputs.days);
        inputs.comparisonReturningCustomers = returning(figures, *request.comparison);
    }
    return computeRepeatReport(inputs);
}

Result<QStringList> centralShops(PgConnection& central)
{
    auto rows = central.exec("SELECT DISTINCT shop FROM ss_terminals ORDER BY shop");
    if (!rows)
        return std::unexpected(rows.error());
    QStringList shops;
    for (int row = 0; row < rows->count(); ++row)
        shops.push_back(rows->text(row, 0));
    return shops;
}

} // namespace ss::db::sync
