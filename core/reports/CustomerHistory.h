// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace ss::core::reports {

/// One sale of an identified customer as the repeat figures see it. Times are UTC seconds since the
/// epoch; money is minor units.
struct HistorySale
{
    qint64 saleId = 0;
    qint64 atUtc = 0;
    qint64 cashierId = 0;
    qint64 totalMinor = 0; ///< What the sale took.
    qint64 refundedMinor = 0; ///< Refunds against it so far: zero or negative.
};

/// A sale whose refunds gave back everything it took was not a purchase: it does not count as a
/// customer's first (or any) order. A partial return still counts; only its money is reduced.
[[nodiscard]] bool fullyReturned(const HistorySale& sale);

/// What the dashboard keeps per customer, updated as sales commit (docs/reports.md has the rules).
struct CustomerStats
{
    qint64 customerId = 0;
    qint64 firstAtUtc = 0; ///< First counted order; 0: none (every sale came back).
    qint64 firstSaleId = 0;
    qint64 firstCashierId = 0; ///< Who served the first order: they are credited when the second comes.
    qint64 secondAtUtc = 0; ///< Second counted order; 0: not (yet) back.
    qint64 lastAtUtc = 0; ///< Latest counted order.
    int orders = 0; ///< Counted orders.
    qint64 revenueMinor = 0; ///< Everything the customer's sales took, minus every refund.
    bool consenting = false; ///< Says yes to marketing on at least one channel now (from the ledger).

    bool operator==(const CustomerStats&) const = default;
};

/// The order number of each sale (1 = first purchase, 2 = second, …; 0 = fully returned, not an
/// order). `sales` must be in time order (then sale id).
[[nodiscard]] std::vector<int> orderNumbers(std::span<const HistorySale> sales);

/// The per-customer figures from the customer's whole history in time order. `otherRefundsMinor`
/// (zero or negative) is what refunds not tied to one of these sales gave back (blind returns).
[[nodiscard]] CustomerStats summarise(
    qint64 customerId, std::span<const HistorySale> sales, qint64 otherRefundsMinor = 0);

/// What one sale adds to its day's totals for its cashier. A refund adds only to the refund columns,
/// on the day of the refund.
struct DayTotals
{
    qint64 sales = 0;
    qint64 identifiedSales = 0; ///< Sales with a customer captured (the capture rate's numerator).
    qint64 firstOrders = 0;
    qint64 secondOrders = 0;
    qint64 repeatOrders = 0; ///< Second and later.
    qint64 revenueMinor = 0; ///< Everything sales took (refunds are separate).
    qint64 firstRevenueMinor = 0;
    qint64 repeatRevenueMinor = 0;
    qint64 refunds = 0;
    qint64 refundsMinor = 0; ///< Zero or negative.
    qint64 couponsIssued = 0; ///< Printed on receipts this cashier rang up (by day of issue).
    qint64 couponsRedeemed = 0; ///< Scanned at this cashier's till (by day of redemption).

    DayTotals& operator+=(const DayTotals& other);
    DayTotals& operator-=(const DayTotals& other);
    bool operator==(const DayTotals&) const = default;
};

/// A sale's contribution: `identified` when it has a customer, `orderNumber` from orderNumbers().
[[nodiscard]] DayTotals saleContribution(qint64 totalMinor, bool identified, int orderNumber);
[[nodiscard]] DayTotals refundContribution(qint64 totalMinor);

} // namespace ss::core::reports
