// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FreshCodes.h"
#include "RepeatAggregates.h"
#include "Statement.h"
#include "sale/SaleRecord.h"

#include <optional>

namespace ss::db {

class Connection;

enum class ReceiptJob {
    Queue, ///< A live sale: queue its receipt in the print outbox, in the same transaction.
    None, ///< History (demo, import): no receipt to print.
};

/// Writes one sale with everything that belongs to it — lines, payments, stock movements, the
/// coupon it redeems and the coupon it issues, its receipt job — inside the caller's transaction.
/// Statements are prepared once and reused: a sale is a few dozen bound inserts, no parsing.
class SqlSaleWriter final
{
public:
    [[nodiscard]] static core::Result<SqlSaleWriter> create(Connection& connection);

    /// Returns the sale's rowid. Fails (and the caller's transaction must roll back) on a coupon that
    /// is unknown or already redeemed, an unknown cashier/product/customer, or any storage error.
    [[nodiscard]] core::Result<qint64> insert(const core::SaleRecord& sale, ReceiptJob receipt);

    /// Takes the next receipt sequence number of the terminal (inside the caller's transaction).
    [[nodiscard]] core::Result<qint64> nextReceiptSequence(const QString& terminalId);

private:
    SqlSaleWriter(
        Connection& connection, std::vector<Statement> statements, FreshCodes codes, RepeatAggregates figures);
    /// The coupons the active offer rules give this sale (already inserted, so it counts as a visit).
    [[nodiscard]] core::Result<std::vector<core::CouponRecord>> couponsEarned(
        const core::SaleRecord& sale, std::optional<qint64> customerId);
    /// When a refund brings back everything of a sale that used a coupon, a new coupon on the same
    /// terms (and expiry) is issued with the refund, replacing the used one.
    /// A referral offer at work: credits the referrer when a friend's first purchase used their code,
    /// and gives an identified customer their own code to hand on.
    [[nodiscard]] core::Result<void> referrals(
        const core::SaleRecord& sale, qint64 saleId, std::optional<qint64> customerId);
    [[nodiscard]] core::Result<void> restoreCoupon(qint64 originalId, qint64 refundId, const QDateTime& nowUtc);
    Statement& statement(int which) { return m_statements[static_cast<std::size_t>(which)]; }

    Connection* m_connection;
    std::vector<Statement> m_statements;
    FreshCodes m_codes;
    RepeatAggregates m_figures; ///< This store's coupon key, and codes nobody holds yet.
};

} // namespace ss::db
