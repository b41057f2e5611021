// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralCoupons.h"

namespace ss::db::sync {

using core::CouponClaim;

CentralCoupons::CentralCoupons(CentralEndpoint endpoint, TerminalIdentity identity, Options options)
    : m_endpoint(std::move(endpoint))
    , m_identity(std::move(identity))
    , m_options(options)
{
    // The claim is on the sale's critical path: connecting may not take longer than answering.
    m_endpoint.connectTimeout = std::chrono::seconds(2); // libpq's smallest
}

PgConnection* CentralCoupons::connection()
{
    if (m_connection && m_connection->isUsable())
        return &*m_connection;
    m_connection.reset();
    if (std::chrono::steady_clock::now() < m_quietUntil)
        return nullptr;
    auto connected = PgConnection::connect(m_endpoint);
    if (!connected) {
        noteFailure();
        return nullptr;
    }
    m_connection.emplace(std::move(*connected));
    return &*m_connection;
}

void CentralCoupons::noteFailure()
{
    m_connection.reset();
    m_quietUntil = std::chrono::steady_clock::now() + m_options.retryAfter;
}

CouponClaim CentralCoupons::claim(const QString& code, const QString& saleUid)
{
    PgConnection* central = connection();
    if (!central)
        return {CouponClaim::Outcome::Unreachable, {}, {}};
    // Insert-if-absent, then read who holds it: one answer whether we won, lost, or asked twice.
    auto held = central->exec(
        "WITH claimed AS (INSERT INTO ss_coupon_redemptions(code, sale_uid, origin, online)"
        " VALUES ($1, $2, $3, true) ON CONFLICT (code) DO NOTHING RETURNING sale_uid, origin)"
        " SELECT sale_uid, origin, '' FROM claimed UNION ALL"
        " SELECT r.sale_uid, r.origin, coalesce(s.receipt_no, '') FROM ss_coupon_redemptions r"
        " LEFT JOIN ss_sales s ON s.sale_uid = r.sale_uid WHERE r.code = $1 AND NOT EXISTS (SELECT 1 FROM claimed)",
        {code, saleUid, m_identity.origin()}, m_options.answerWithin);
    if (!held || held->count() == 0) {
        noteFailure();
        return {CouponClaim::Outcome::Unreachable, {}, {}};
    }
    if (held->text(0, 0) == saleUid)
        return {CouponClaim::Outcome::Confirmed, {}, {}};
    return {CouponClaim::Outcome::RedeemedElsewhere, held->text(0, 2), held->text(0, 1)};
}

void CentralCoupons::release(const QString& code, const QString& saleUid)
{
    PgConnection* central = connection();
    if (!central)
        return; // the centre keeps the claim until a later sync frees it (AbandonedClaims)
    if (auto r = central->exec("DELETE FROM ss_coupon_redemptions WHERE code = $1 AND sale_uid = $2 AND online",
            {code, saleUid}, m_options.answerWithin);
        !r)
        noteFailure();
}

} // namespace ss::db::sync
