// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"
#include "ports/CouponClaimPort.h"

#include <chrono>
#include <optional>

namespace ss::db::sync {

/// Holds a coupon code for one sale in the central store (ss_coupon_redemptions), first come first
/// served. Own connection, made on first use; after a failure it does not try again for
/// `retryAfter`, so an offline till answers Unreachable at once instead of waiting on every coupon.
class CentralCoupons final : public core::CouponClaimPort
{
public:
    struct Options
    {
        std::chrono::milliseconds answerWithin {1500};
        std::chrono::seconds retryAfter {30};
        core::OfflineCouponRule offlineRule = core::OfflineCouponRule::Accept;
    };

    CentralCoupons(CentralEndpoint endpoint, TerminalIdentity identity, Options options);

    core::CouponClaim claim(const QString& code, const QString& saleUid) override;
    void release(const QString& code, const QString& saleUid) override;
    core::OfflineCouponRule offlineRule() const override { return m_options.offlineRule; }

private:
    /// The connection, made if needed; nothing while the back-off after a failure lasts.
    PgConnection* connection();
    void noteFailure();

    CentralEndpoint m_endpoint;
    TerminalIdentity m_identity;
    Options m_options;
    std::optional<PgConnection> m_connection;
    std::chrono::steady_clock::time_point m_quietUntil {};
};

} // namespace ss::db::sync
