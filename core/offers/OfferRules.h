// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Coupon.h"
#include "Result.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace ss::core {

/// What the offer rules look at when a sale is committed.
struct OfferContext
{
    QString customerUid; ///< Empty for an anonymous buyer.
    qint64 visitNumber = 1; ///< This sale's number among the customer's sales (1: first); 1 when anonymous.
    Money saleTotal;
    QDateTime nowUtc;
    bool redeemsCoupon = false; ///< Someone redeeming a coupon has come back: no "first purchase" offer.
    QStringList categoryUids {}; ///< The categories of what this sale bought.
};

/// A rule's settings, read from its `parameters` ("key=value" lines): which discount, for how long,
/// from what spend, on which visit. Unknown keys are ignored; a bad value makes the rule inert.
struct OfferTerms
{
    DiscountKind kind = DiscountKind::Percent;
    qint64 value = 0; ///< Basis points (percent) or minor units (amount).
    int validDays = 30;
    Money minimumSpend;
    int visit = 0; ///< For a milestone: on which visit it is given.
    QString fromCategory; ///< For a follow-up: buying in this category…
    QString toCategory; ///< …earns a coupon for this one.
};

[[nodiscard]] std::optional<OfferTerms> parseOfferTerms(const QString& parameters);
/// The "key=value" lines of `terms`, as stored in a rule.
[[nodiscard]] QString formatOfferTerms(const OfferTerms& terms);

/// A referral rule's reward for the referrer ("rewardPercentBasisPoints" or "rewardAmountMinor",
/// "rewardValidDays"), given when the friend's first purchase commits.
[[nodiscard]] std::optional<OfferTerms> parseReferralReward(const QString& parameters);

/// A coupon on `terms` from `rule`, valid from `nowUtc`, for `customerUid` (empty: anyone).
[[nodiscard]] CouponRecord couponFor(const OfferRuleRecord& rule, const OfferTerms& terms, const QDateTime& nowUtc,
    const QString& code, const QString& customerUid);

/// The coupon `rule` would print today (with an example code), for the owner's preview.
[[nodiscard]] std::optional<CouponRecord> sampleCoupon(const OfferRuleRecord& rule, const QDateTime& nowUtc);

/// The coupons a committed sale earns, best priority first, at most `maxPerReceipt`:
/// - "comeback": after a first purchase — identified or anonymous (redeeming it later is the moment to
///   capture who they are) — but not on a sale that redeems a coupon, which proves a return visit;
/// - "milestone": on the customer's N-th visit;
/// - "followup": buying in one category earns a coupon for another (paint → brushes).
/// ("winback" rules are not earned at a sale: their coupons are made for the win-back list.)
/// `newCode` makes each coupon's code (keyed, see couponcode::generate).
[[nodiscard]] std::vector<CouponRecord> offersEarned(const std::vector<OfferRuleRecord>& rules,
    const OfferContext& context, const std::function<QString()>& newCode, int maxPerReceipt = 1);

/// Why a coupon cannot be used on a sale now, for the cashier; std::nullopt when it can.
enum class CouponRefusal {
    Unknown, ///< No such coupon in this store.
    Mistyped,
    Forged,
    Expired,
    NotYetValid,
    AlreadyRedeemed,
    Voided, ///< The sale that earned it was refunded.
    MinimumSpend,
    OwnReferral, ///< A customer's own referral code is for their friends.
    NotFirstPurchase, ///< A referral code gives the welcome discount on a first purchase only.
    NotForTheseItems, ///< A follow-up coupon is for a category this sale does not have.
};

/// A coupon as the checkout looks it up.
struct CouponState
{
    CouponRecord coupon;
    QString headline; ///< The rule's name: what the customer was promised.
    QDateTime redeemedAtUtc; ///< Invalid while unused.
    QString redeemedReceipt;
    bool voided = false;
};

[[nodiscard]] std::optional<CouponRefusal> couponRefusal(
    const CouponState& state, const QDateTime& nowUtc, Money cartTotal);

/// The discount a coupon gives on a sale of `total` (never more than the total).
[[nodiscard]] Money couponDiscount(const CouponRecord& coupon, Money total);

} // namespace ss::core
