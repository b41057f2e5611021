// SPDX-License-Identifier: GPL-3.0-or-later
#include "Refund.h"

#include <QSet>

#include <algorithm>

namespace ss::core {

Result<std::vector<SaleLineRecord>> refundLines(
    const OriginalSale& original, const std::vector<RefundRequest>& requests)
{
    if (original.isRefund)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a refund cannot itself be refunded"));
    if (requests.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("nothing to refund"));
    std::vector<SaleLineRecord> lines;
    QSet<int> seen;
    for (const RefundRequest& request : requests) {
        if (seen.contains(request.lineNo))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("line %1 requested twice").arg(request.lineNo));
        seen.insert(request.lineNo);
        const auto sold = std::find_if(original.lines.begin(), original.lines.end(),
            [&](const SoldLine& line) { return line.lineNo == request.lineNo; });
        if (sold == original.lines.end())
            return fail(ErrorCode::NotFound, QStringLiteral("line %1 is not on the original sale").arg(request.lineNo));
        const qint64 returnable = sold->quantitySold - sold->quantityRefunded;
        if (request.quantity < 1 || request.quantity > returnable)
            return fail(ErrorCode::InvalidArgument,
                QStringLiteral("line %1: %2 can be returned").arg(request.lineNo).arg(returnable));

        Money amount;
        if (request.quantity == returnable) {
            amount = sold->total - sold->amountRefunded;
        } else {
            amount = Money::fromMinor(
                divideRoundHalfAwayFromZero(sold->total.minor() * request.quantity, sold->quantitySold));
        }
        SaleLineRecord line;
        line.productUid = sold->productUid;
        line.description = sold->description;
        line.quantity = -request.quantity;
        line.unitPrice = Money::fromMinor(divideRoundHalfAwayFromZero(amount.minor(), request.quantity));
        line.taxRateBasisPoints = sold->taxRateBasisPoints;
        line.total = -amount;
        // Tax in proportion to the amount given back, so the refund's tax matches the sale's.
        line.tax = sold->total.isZero()
            ? Money()
            : -Money::fromMinor(divideRoundHalfAwayFromZero(sold->tax.minor() * amount.minor(), sold->total.minor()));
        lines.push_back(line);
    }
    return lines;
}

} // namespace ss::core
