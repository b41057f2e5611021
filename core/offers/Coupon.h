// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace ss::core {

/// An owner-chosen rule that issues coupons; `kind` names the rule type ("comeback", "referral"…)
/// and `parameters` holds its settings as key=value lines, interpreted by the offers engine.
struct OfferRuleRecord
{
    QString uid;
    QString kind;
    QString name;
    QString parameters;
    int priority = 0;
    bool active = true;
    QDateTime createdAtUtc;
};

enum class DiscountKind {
    Percent, ///< value in basis points of the eligible amount (1000 = 10 %)
    Amount, ///< value in minor units
};

[[nodiscard]] QString discountKindKey(DiscountKind kind);

/// A single-use coupon printed on a receipt.
struct CouponRecord
{
    QString uid;
    QString code; ///< What the printed barcode carries; unique.
    QString ruleUid;
    QString customerUid; ///< Empty for an anonymous buyer.
    DiscountKind discountKind = DiscountKind::Percent;
    qint64 discountValue = 0;
    Money minimumSpend;
    QDateTime validFromUtc;
    QDateTime validUntilUtc;
    QString headline; ///< The rule's name, printed above the code (not stored with the coupon).
    QString categoryUid; ///< Only for items of this category; empty: the whole sale.
    QString categoryName; ///< For the receipt and the cashier (read with the coupon).
};

} // namespace ss::core
