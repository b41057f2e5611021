// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/CouponClaimPort.h"
#include "ports/SalesPort.h"

#include <memory>

namespace ss::db {

class DbWorker;
struct SaleWriterCache;

/// Sales storage for the checkout: each call is one job on the database thread, each sale its own
/// transaction, committed before the future resolves.
class SqlSales final : public core::SalesPort
{
public:
    SqlSales(DbWorker& worker, const core::Clock& clock);
    ~SqlSales() override;

    QFuture<core::Result<core::CommittedSale>> commitSale(const core::SaleRecord& sale) override;
    QFuture<core::Result<core::OriginalSale>> findSale(const QString& receiptNumber) override;
    QFuture<core::Result<QString>> suspend(const core::SuspendedCart& cart) override;
    QFuture<core::Result<std::vector<core::SuspendedCart>>> suspendedCarts() override;
    QFuture<core::Result<core::SuspendedCart>> resume(const QString& uid) override;
    QFuture<core::Result<bool>> audit(const QString& cashierUid, const QString& action, const QString& detail) override;
    QFuture<core::Result<core::CouponLookup>> findCoupon(const QString& code, const QString& customerUid) override;

    /// With other tills: coupons are confirmed centrally before a sale commits (set before selling).
    void setCouponClaims(std::shared_ptr<core::CouponClaimPort> claims) { m_claims = std::move(claims); }

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
    /// Prepared statements, touched only on the database thread.
    std::shared_ptr<SaleWriterCache> m_writers;
    std::shared_ptr<core::CouponClaimPort> m_claims;
};

} // namespace ss::db
