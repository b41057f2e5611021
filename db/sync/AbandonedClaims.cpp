// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbandonedClaims.h"

#include "Connection.h"
#include "Statement.h"

namespace ss::db::sync {

using core::Result;

namespace {

Result<bool> soldHere(Connection& local, const QString& saleUid)
{
    auto sale = Statement::prepare(local, "SELECT 1 FROM sales WHERE uid = ?1");
    if (!sale)
        return std::unexpected(sale.error());
    sale->bind(1, saleUid);
    return sale->step();
}

} // namespace

Result<int> releaseAbandonedClaims(
    Connection& local, PgConnection& central, const TerminalIdentity& identity, std::chrono::seconds olderThan)
{
    auto candidates
        = central.exec("SELECT r.code, r.sale_uid FROM ss_coupon_redemptions r WHERE r.origin = $1 AND r.online"
                       " AND r.redeemed_at < now() - make_interval(secs => $2::int)"
                       " AND NOT EXISTS (SELECT 1 FROM ss_sales s WHERE s.sale_uid = r.sale_uid)",
            {identity.origin(), QString::number(olderThan.count())});
    if (!candidates)
        return std::unexpected(candidates.error());
    int freed = 0;
    for (int row = 0; row < candidates->count(); ++row) {
        const QString code = candidates->text(row, 0);
        const QString saleUid = candidates->text(row, 1);
        auto sold = soldHere(local, saleUid);
        if (!sold)
            return std::unexpected(sold.error());
        if (*sold)
            continue; // committed here, waiting to be pushed: the claim is real
        // The sale_uid condition keeps a claim another sale made in between, should there be one.
        auto released = central.exec("DELETE FROM ss_coupon_redemptions WHERE code = $1 AND sale_uid = $2 AND online"
                                     " AND origin = $3 RETURNING code",
            {code, saleUid, identity.origin()});
        if (!released)
            return std::unexpected(released.error());
        freed += released->count();
    }
    return freed;
}

} // namespace ss::db::sync
