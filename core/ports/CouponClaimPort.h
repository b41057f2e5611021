// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::core {

/// What the central store said when asked to hold a coupon code for a sale about to commit.
struct CouponClaim
{
    enum class Outcome {
        Confirmed, ///< The code is this sale's now; no other till can use it.
        RedeemedElsewhere, ///< Another till used it first; `receipt` and `origin` say where.
        Unreachable, ///< No answer in time: the till applies its offline rule.
    };
    Outcome outcome = Outcome::Unreachable;
    QString receipt;
    QString origin;
};

/// A coupon code used while the centre cannot be asked: accept it (the line keeps moving, a double
/// is reported to the owner at sync) or refuse it until the till is online again.
enum class OfflineCouponRule { Accept, Refuse };

/// Confirms a coupon redemption with every other till before the sale commits. Called on the
/// database thread, with a short deadline: it must never hold up the line for long.
class CouponClaimPort
{
public:
    virtual ~CouponClaimPort() = default;
    [[nodiscard]] virtual CouponClaim claim(const QString& code, const QString& saleUid) = 0;
    /// Gives the code back after the sale it was claimed for failed to commit here.
    virtual void release(const QString& code, const QString& saleUid) = 0;
    [[nodiscard]] virtual OfflineCouponRule offlineRule() const = 0;
};

} // namespace ss::core
