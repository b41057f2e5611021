// SPDX-License-Identifier: GPL-3.0-or-later
#include "Allocation.h"

#include <algorithm>
#include <numeric>

namespace ss::core {
namespace {
// GCC's 128-bit integer; __extension__ tells -Wpedantic we mean it.
__extension__ typedef __int128 Wide;
} // namespace

std::vector<Money> allocateProportionally(Money total, const std::vector<Money>& weights)
{
    std::vector<Money> parts(weights.size());
    if (weights.empty())
        return parts;
    qint64 weightSum = 0;
    for (const Money w : weights)
        weightSum += w.minor();
    if (weightSum <= 0) {
        parts.front() = total;
        return parts;
    }
    const qint64 sign = total.isNegative() ? -1 : 1;
    const qint64 magnitude = total.minor() * sign;
    std::vector<qint64> remainders(weights.size());
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        // 128-bit intermediate: magnitude × weight can exceed 64 bits for absurd inputs.
        const Wide product = static_cast<Wide>(magnitude) * weights[i].minor();
        const auto share = static_cast<qint64>(product / weightSum);
        remainders[i] = static_cast<qint64>(product % weightSum);
        parts[i] = Money::fromMinor(share);
        given += share;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < magnitude; ++k, ++given)
        parts[order[k % order.size()]] += Money::fromMinor(1);
    for (Money& part : parts)
        part = Money::fromMinor(part.minor() * sign);
    return parts;
}

} // namespace ss::core
