// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceChange.h"

#include <algorithm>

namespace ss::core {

Money changedPrice(Money price, int basisPoints)
{
    const qint64 scaled = price.minor() * (10000 + qint64 {basisPoints});
    // Half up, for positive amounts: (x + 5000) / 10000.
    const qint64 rounded = scaled >= 0 ? (scaled + 5000) / 10000 : 0;
    return Money::fromMinor(std::max<qint64>(rounded, 0));
}

std::vector<PriceChangeLine> previewPriceChange(const std::vector<CatalogRow>& rows, int basisPoints)
{
    std::vector<PriceChangeLine> lines;
    for (const CatalogRow& row : rows)
        if (row.active)
            lines.push_back({row, changedPrice(row.price, basisPoints)});
    return lines;
}

std::optional<int> marginBasisPoints(const CatalogRow& row)
{
    if (!row.cost || row.price.minor() <= 0)
        return std::nullopt;
    // The price without tax, in minor units times (10000 + rate) to stay in integers: for an
    // inclusive price the net is price * 10000 / (10000 + rate).
    const qint64 scale = 10000 + row.taxRateBasisPoints;
    const qint64 netScaled = row.taxInclusive ? row.price.minor() * 10000 : row.price.minor() * scale;
    const qint64 costScaled = row.cost->minor() * scale;
    const qint64 numerator = (netScaled - costScaled) * 10000;
    // Half up, away from zero, so a loss rounds like a gain.
    const qint64 half = netScaled / 2;
    return static_cast<int>((numerator >= 0 ? numerator + half : numerator - half) / netScaled);
}

} // namespace ss::core
