// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerHistory.h"

namespace ss::core::reports {

bool fullyReturned(const HistorySale& sale)
{
    return sale.refundedMinor < 0 && sale.totalMinor + sale.refundedMinor <= 0;
}

std::vector<int> orderNumbers(std::span<const HistorySale> sales)
{
    std::vector<int> numbers;
    numbers.reserve(sales.size());
    int counted = 0;
    for (const HistorySale& sale : sales)
        numbers.push_back(fullyReturned(sale) ? 0 : ++counted);
    return numbers;
}

CustomerStats summarise(qint64 customerId, std::span<const HistorySale> sales, qint64 otherRefundsMinor)
{
    CustomerStats stats;
    stats.customerId = customerId;
    stats.revenueMinor = otherRefundsMinor;
    for (const HistorySale& sale : sales) {
        stats.revenueMinor += sale.totalMinor + sale.refundedMinor;
        if (fullyReturned(sale))
            continue;
        ++stats.orders;
        if (stats.orders == 1) {
            stats.firstAtUtc = sale.atUtc;
            stats.firstSaleId = sale.saleId;
            stats.firstCashierId = sale.cashierId;
        } else if (stats.orders == 2) {
            stats.secondAtUtc = sale.atUtc;
        }
        stats.lastAtUtc = sale.atUtc;
    }
    return stats;
}

namespace {

/// Every counter of a day, so adding and taking away cannot miss one.
constexpr qint64 DayTotals::*kDayFields[] = {&DayTotals::sales, &DayTotals::identifiedSales, &DayTotals::firstOrders,
    &DayTotals::secondOrders, &DayTotals::repeatOrders, &DayTotals::revenueMinor, &DayTotals::firstRevenueMinor,
    &DayTotals::repeatRevenueMinor, &DayTotals::refunds, &DayTotals::refundsMinor, &DayTotals::couponsIssued,
    &DayTotals::couponsRedeemed};
static_assert(sizeof(kDayFields) / sizeof(kDayFields[0]) * sizeof(qint64) == sizeof(DayTotals),
    "a DayTotals counter is missing from kDayFields");

} // namespace

DayTotals& DayTotals::operator+=(const DayTotals& other)
{
    for (qint64 DayTotals::*field : kDayFields)
        this->*field += other.*field;
    return *this;
}

DayTotals& DayTotals::operator-=(const DayTotals& other)
{
    for (qint64 DayTotals::*field : kDayFields)
        this->*field -= other.*field;
    return *this;
}

DayTotals saleContribution(qint64 totalMinor, bool identified, int orderNumber)
{
    DayTotals day;
    day.sales = 1;
    day.revenueMinor = totalMinor;
    if (!identified)
        return day;
    day.identifiedSales = 1;
    if (orderNumber == 1) {
        day.firstOrders = 1;
        day.firstRevenueMinor = totalMinor;
    } else if (orderNumber >= 2) {
        day.repeatOrders = 1;
        day.repeatRevenueMinor = totalMinor;
        day.secondOrders = orderNumber == 2 ? 1 : 0;
    }
    return day;
}

DayTotals refundContribution(qint64 totalMinor)
{
    DayTotals day;
    day.refunds = 1;
    day.refundsMinor = totalMinor;
    return day;
}

} // namespace ss::core::reports
