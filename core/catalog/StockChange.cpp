// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockChange.h"

namespace ss::core {

namespace {
constexpr qint64 kMaxQuantity = 1'000'000;
}

QString StockRules::reasonKey(StockReason reason)
{
    switch (reason) {
    case StockReason::Receive: return QStringLiteral("receive");
    case StockReason::Count: return QStringLiteral("count");
    case StockReason::Damaged: return QStringLiteral("damaged");
    case StockReason::Theft: return QStringLiteral("theft");
    case StockReason::Correction: return QStringLiteral("correction");
    }
    return {};
}

QString StockRules::reasonName(StockReason reason)
{
    switch (reason) {
    case StockReason::Receive: return tr("Received from a supplier");
    case StockReason::Count: return tr("Counted on the shelf");
    case StockReason::Damaged: return tr("Damaged");
    case StockReason::Theft: return tr("Missing (theft)");
    case StockReason::Correction: return tr("Correction");
    }
    return {};
}

std::optional<QString> StockRules::problem(const StockChange& change)
{
    if (change.productUid.isEmpty())
        return tr("Choose the product first.");
    if (change.quantity > kMaxQuantity || change.quantity < -kMaxQuantity)
        return tr("That is more than a shop holds: check the quantity.");
    switch (change.reason) {
    case StockReason::Receive:
    case StockReason::Damaged:
    case StockReason::Theft:
        if (change.quantity <= 0)
            return tr("Type how many, 1 or more.");
        break;
    case StockReason::Count:
        if (change.quantity < 0)
            return tr("A count cannot be below zero.");
        break;
    case StockReason::Correction:
        if (change.quantity == 0)
            return tr("A correction of zero changes nothing.");
        break;
    }
    if (change.unitCost && (change.reason != StockReason::Receive || change.unitCost->isNegative()))
        return tr("A cost goes with goods received, and is not negative.");
    return std::nullopt;
}

qint64 StockRules::delta(const StockChange& change, qint64 current)
{
    switch (change.reason) {
    case StockReason::Receive: return change.quantity;
    case StockReason::Count: return change.quantity - current;
    case StockReason::Damaged:
    case StockReason::Theft: return -change.quantity;
    case StockReason::Correction: return change.quantity;
    }
    return 0;
}

} // namespace ss::core
