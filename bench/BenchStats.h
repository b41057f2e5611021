// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include <QtGlobal>

namespace ss::bench {

/// The p-th percentile (0..1) of `values`, nearest rank.
inline qint64 percentile(std::vector<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace ss::bench
