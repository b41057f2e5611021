// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sale/SaleRecord.h"

#include <vector>

namespace ss::core {

/// A line of a committed sale, with what has already been refunded of it.
struct SoldLine
{
    int lineNo = 0;
    QString productUid;
    QString description;
    qint64 quantitySold = 0;
    qint64 quantityRefunded = 0;
    Money total; ///< What the customer paid for the whole line.
    Money tax;
    Money amountRefunded; ///< Positive: what earlier refunds already gave back for this line.
    int taxRateBasisPoints = 0;
};

/// The sale a return is made against, as found by its receipt barcode or number.
struct OriginalSale
{
    QString uid;
    QString receiptNumber;
    bool isRefund = false;
    QString customerUid;
    std::vector<SoldLine> lines;
};

struct RefundRequest
{
    int lineNo = 0;
    qint64 quantity = 0;
};

/// The refund lines for the requested items: only what was bought and not yet returned, at the
/// price actually paid (discounts included). Returning every remaining unit gives back exactly
/// what is left of the line total, so rounding never refunds a penny more than was paid.
/// Refund lines carry negative quantities and amounts.
[[nodiscard]] Result<std::vector<SaleLineRecord>> refundLines(
    const OriginalSale& original, const std::vector<RefundRequest>& requests);

} // namespace ss::core
