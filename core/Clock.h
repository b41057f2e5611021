// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace ss::core {

/// The time source. Injected everywhere time matters (sales, shifts, coupons) so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

/// The wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

} // namespace ss::core
