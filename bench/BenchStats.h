// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include <QString>
#include <QtGlobal>

namespace ss::bench {

/// The p-th percentile (0..1) of `values`, nearest rank.
inline qint64 percentile(std::vector<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// One machine-readable line per measurement, which bench/run-all.sh gathers into its table:
/// `RESULT bench=<name> n=<count> p50_us=… p90_us=… p99_us=… max_us=…` (from nanoseconds).
inline QString resultLine(const QString& name, const std::vector<qint64>& nanos)
{
    const auto us = [&](double p) { return QString::number(percentile(nanos, p) / 1000); };
    return QStringLiteral("RESULT bench=%1 n=%2 p50_us=%3 p90_us=%4 p99_us=%5 max_us=%6")
        .arg(name)
        .arg(nanos.size())
        .arg(us(0.5), us(0.9), us(0.99), us(1.0));
}

} // namespace ss::bench
