// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QString>

#include <optional>

#include <vector>

namespace ss::core {

/// A product as the catalogue screen lists it.
struct CatalogRow
{
    QString uid;
    QString sku;
    QString barcode;
    QString name;
    QString category;
    Money price;
    qint64 stock = 0;
    bool active = true;
    std::optional<Money> cost {}; ///< Unknown when the shop never said.
    int taxRateBasisPoints = 0;
    bool taxInclusive = true;
};

/// The margin on the price without tax, in basis points (3850 = 38.5 %), rounded half up: what is
/// left of each sale once the goods are paid for. nullopt when the cost is unknown or the price is 0.
[[nodiscard]] std::optional<int> marginBasisPoints(const CatalogRow& row);

/// A price change by a percentage, in basis points (+500 = 5 % dearer, -1000 = 10 % cheaper), rounded
/// half up to the minor unit: integer arithmetic, never floating point.
[[nodiscard]] Money changedPrice(Money price, int basisPoints);

struct PriceChangeLine
{
    CatalogRow product;
    Money newPrice;
};

/// What a bulk change would do to `rows` (only active products; a price never goes below zero).
[[nodiscard]] std::vector<PriceChangeLine> previewPriceChange(const std::vector<CatalogRow>& rows, int basisPoints);

} // namespace ss::core
