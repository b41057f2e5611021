// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "offers/Coupon.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ss::core {

enum class Tender {
    Cash,
    Card,
};

[[nodiscard]] QString tenderKey(Tender tender);

struct SaleLineRecord
{
    QString productUid; ///< Empty for a line that is not in the catalog.
    QString description;
    qint64 quantity = 1; ///< Negative on a refund.
    Money unitPrice; ///< As charged, after any price override.
    Money discount; ///< Total discount on the line.
    int taxRateBasisPoints = 0;
    Money tax; ///< Tax contained in (or added to) the line total.
    Money total; ///< What the customer pays for the line.
    int originalLineNo = 0; ///< On a refund: the line of the original sale it returns.
};

struct PaymentRecord
{
    Tender tender = Tender::Cash;
    Money amount; ///< Applied to the sale.
    Money change; ///< Cash handed back (tendered = amount + change).
    QString reference;
};

/// A completed sale exactly as it is committed: everything in one transaction, or nothing.
struct SaleRecord
{
    QString uid;
    QString receiptNumber;
    QString terminalId;
    QString cashierUid;
    QString customerUid; ///< Empty for an anonymous sale.
    bool isRefund = false;
    QString originalSaleUid; ///< On a refund: the sale it returns goods from (empty for a blind return).
    QDateTime createdAtUtc;
    QString currency;
    Money subtotal;
    Money discount;
    Money tax;
    Money total;
    std::vector<SaleLineRecord> lines;
    std::vector<PaymentRecord> payments;
    QString redeemedCouponCode; ///< Coupon used on this sale, if any.
    QString referralCode; ///< A friend's referral code used on this (first) purchase, if any.
    std::optional<CouponRecord> issuedCoupon; ///< Coupon printed on this sale's receipt, if any.
};

/// Tax contained in a tax-inclusive amount: amount × rate / (10000 + rate), rounded half away from
/// zero once per line. This is the one rounding rule for inclusive prices (UK/EU VAT practice).
[[nodiscard]] Money inclusiveTax(Money amount, int rateBasisPoints);

/// Receipt numbers are "<terminal>-<8-digit sequence>", unique across terminals because each
/// terminal id is.
[[nodiscard]] QString formatReceiptNumber(const QString& terminalId, qint64 sequence);

} // namespace ss::core
