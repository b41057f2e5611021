// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "offers/OfferRules.h"
#include "sale/Refund.h"
#include "sale/SaleRecord.h"

#include <QDateTime>
#include <QFuture>

#include <vector>

namespace ss::core {

struct CommittedSale
{
    QString uid;
    QString receiptNumber;
    Money total;
    Money change;
    bool cashTaken = false; ///< Whether the drawer should open.
};

/// A coupon as the till finds it: refused (and why), or usable with its terms.
struct CouponLookup
{
    std::optional<CouponRefusal> refusal; ///< Unknown, Mistyped or Forged come from here; the rest from couponRefusal.
    CouponState state;
    QString issuedReceipt;
    /// A referral code rather than a coupon: whose it is. The state then holds the welcome discount.
    QString referrerUid;
    [[nodiscard]] bool isReferral() const { return !referrerUid.isEmpty(); }
};

/// A parked cart: what is needed to ring it up again, no personal data.
struct SuspendedCart
{
    QString uid;
    QString label;
    QString cashierUid;
    QByteArray payload; ///< Cart lines as JSON (see CartCodec).
    Money total;
    QDateTime createdAtUtc;
};

/// Storage of sales for the checkout. Each call is one job on the database thread with its own
/// result; commitSale returns only when the sale is durably committed.
class SalesPort
{
public:
    virtual ~SalesPort() = default;
    /// Commits the sale with everything in it in one transaction; assigns the receipt number.
    [[nodiscard]] virtual QFuture<Result<CommittedSale>> commitSale(const SaleRecord& sale) = 0;
    /// The sale with this receipt number, with what has been returned of each line so far.
    [[nodiscard]] virtual QFuture<Result<OriginalSale>> findSale(const QString& receiptNumber) = 0;
    [[nodiscard]] virtual QFuture<Result<QString>> suspend(const SuspendedCart& cart) = 0;
    [[nodiscard]] virtual QFuture<Result<std::vector<SuspendedCart>>> suspendedCarts() = 0;
    /// Removes the parked cart and returns it, so it is resumed at most once.
    [[nodiscard]] virtual QFuture<Result<SuspendedCart>> resume(const QString& uid) = 0;
    /// Appends to the audit log (voids, no-sale drawer opens, approvals). `detail` holds no personal data.
    /// The coupon with this code (typed or scanned), checked against the shop's key.
    /// `customerUid`: who is buying, when known — a referral code is refused for its owner and for a
    /// customer who has bought before.
    [[nodiscard]] virtual QFuture<Result<CouponLookup>> findCoupon(const QString& code, const QString& customerUid) = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> audit(
        const QString& cashierUid, const QString& action, const QString& detail)
        = 0;
};

} // namespace ss::core
