// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace ss::core {

/// An amount of money in integer minor units (pence, cents). There is no floating point anywhere
/// near money: prices, taxes and totals are all whole minor units.
class Money final
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }

    [[nodiscard]] constexpr qint64 minor() const { return m_minor; }
    [[nodiscard]] constexpr bool isZero() const { return m_minor == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_minor < 0; }

    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator-(Money other) const { return Money(m_minor - other.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_minor * quantity); }
    constexpr Money& operator+=(Money other)
    {
        m_minor += other.m_minor;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_minor -= other.m_minor;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    /// "12.34" style with two decimals and no currency symbol (for logs, CSV and the command line).
    [[nodiscard]] QString toDecimalString() const;

private:
    constexpr explicit Money(qint64 minor)
        : m_minor(minor)
    { }

    qint64 m_minor = 0;
};

/// Divides with rounding half away from zero, the rule used for tax and percentage discounts.
[[nodiscard]] constexpr qint64 divideRoundHalfAwayFromZero(qint64 numerator, qint64 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = numerator < 0 ? -numerator : numerator;
    const qint64 d = denominator < 0 ? -denominator : denominator;
    const qint64 rounded = (n + d / 2) / d;
    return negative ? -rounded : rounded;
}

} // namespace ss::core
