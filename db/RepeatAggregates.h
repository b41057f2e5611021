// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Statement.h"
#include "reports/CustomerHistory.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ss::db {

class Connection;

/// Keeps the dashboard's derived figures — `sales.order_no`, `customer_stats`, `daily_totals` — in
/// step with the history, inside the transaction that changes the history. The rules of what counts
/// are core's (reports/CustomerHistory.h); this class only reads and writes rows.
class RepeatAggregates final
{
public:
    [[nodiscard]] static core::Result<RepeatAggregates> create(Connection& connection);

    struct SaleFacts
    {
        qint64 saleId = 0;
        std::optional<qint64> customerId;
        qint64 cashierId = 0;
        qint64 totalMinor = 0;
        QString createdAt; ///< Storage text (UTC): its first ten characters are the day.
        qint64 atUtc = 0;
    };

    /// A sale just written: appended to its customer's history (sales commit in time order).
    [[nodiscard]] core::Result<void> saleCommitted(const SaleFacts& sale);
    /// A refund just written. `originalId` is the sale it returns goods from (none for a blind return);
    /// when that sale has now come back whole, the customer's history is renumbered.
    [[nodiscard]] core::Result<void> refundCommitted(const SaleFacts& refund, std::optional<qint64> originalId);
    /// Works a customer's figures out again from their whole history (after a merge, a full return)
    /// and moves the day totals of every sale whose place in it changed.
    [[nodiscard]] core::Result<void> refreshCustomer(qint64 customerId);

private:
    RepeatAggregates(Connection& connection, std::vector<Statement> statements);
    [[nodiscard]] core::Result<void> addToDay(
        const QString& day, qint64 cashierId, const core::reports::DayTotals& add);
    [[nodiscard]] core::Result<void> addToGap(const QString& day, const QString& prevDay, qint64 orders);
    Statement& statement(int which) { return m_statements[static_cast<std::size_t>(which)]; }

    Connection* m_connection;
    std::vector<Statement> m_statements;
};

/// Everything the figures would be if worked out from the history alone.
struct RecomputedFigures
{
    struct Placed
    {
        qint64 saleId = 0;
        int orderNo = 0; ///< 0: not an order.
    };
    std::vector<Placed> orderNumbers; ///< Every identified sale.
    std::vector<core::reports::CustomerStats> customers; ///< By customer id.
    struct Day
    {
        QString day;
        qint64 cashierId = 0;
        core::reports::DayTotals totals;
    };
    std::vector<Day> days; ///< By day, then cashier.
    struct Gap
    {
        QString day;
        QString prevDay;
        qint64 orders = 0;
        bool operator==(const Gap&) const = default;
    };
    std::vector<Gap> gaps; ///< Repeat purchases by day and the day of the purchase before.
    struct OfferDay
    {
        QString day;
        qint64 ruleId = 0;
        std::array<qint64, 6> figures {}; ///< issued, redeemed, voided, days to redeem, discount, revenue.
        bool operator==(const OfferDay&) const = default;
    };
    std::vector<OfferDay> offerDays;
};
[[nodiscard]] core::Result<RecomputedFigures> recomputeFigures(Connection& connection);

/// Replaces the derived figures with a recomputation (the v8 migration; a repair).
[[nodiscard]] core::Result<void> rebuildRepeatAggregates(Connection& connection);

/// Compares what is stored with a recomputation: any difference is a bug, reported by `check`.
struct AggregateCheck
{
    qint64 customers = 0;
    qint64 days = 0;
    qint64 customerMismatches = 0;
    qint64 dayMismatches = 0;
    qint64 orderNoMismatches = 0;
    qint64 otherMismatches = 0; ///< Repeat-gap and offer rows.
    [[nodiscard]] bool agrees() const
    {
        return customerMismatches == 0 && dayMismatches == 0 && orderNoMismatches == 0 && otherMismatches == 0;
    }
};
[[nodiscard]] core::Result<AggregateCheck> checkRepeatAggregates(Connection& connection);

} // namespace ss::db
