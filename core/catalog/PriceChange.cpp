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

} // namespace ss::core
