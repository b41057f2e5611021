// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "money/Allocation.h"
#include "money/Money.h"
#include "sale/SaleRecord.h"

#include <numeric>

using ss::core::Money;

TEST_CASE("Money formats minor units as a decimal without floating point", "[core][money]")
{
    CHECK(Money::fromMinor(0).toDecimalString() == QStringLiteral("0.00"));
    CHECK(Money::fromMinor(5).toDecimalString() == QStringLiteral("0.05"));
    CHECK(Money::fromMinor(123456).toDecimalString() == QStringLiteral("1234.56"));
    CHECK(Money::fromMinor(-1999).toDecimalString() == QStringLiteral("-19.99"));
    CHECK((Money::fromMinor(250) * 3 - Money::fromMinor(50)).minor() == 700);
}

TEST_CASE("Rounding is half away from zero", "[core][money]")
{
    struct Row
    {
        qint64 numerator, denominator, expected;
    };
    const Row rows[] = {{5, 10, 1}, {4, 10, 0}, {15, 10, 2}, {-5, 10, -1}, {-4, 10, 0}, {-15, 10, -2}, {25, -10, -3}};
    for (const Row& row : rows) {
        INFO(row.numerator << " / " << row.denominator);
        CHECK(ss::core::divideRoundHalfAwayFromZero(row.numerator, row.denominator) == row.expected);
    }
}

TEST_CASE("Inclusive tax is extracted per line with the documented rounding", "[core][tax]")
{
    using ss::core::inclusiveTax;
    // 20 % VAT inside £12.00 is £2.00 exactly; inside £9.99 it is 166.5p → 167p (half away from zero).
    CHECK(inclusiveTax(Money::fromMinor(1200), 2000).minor() == 200);
    CHECK(inclusiveTax(Money::fromMinor(999), 2000).minor() == 167);
    CHECK(inclusiveTax(Money::fromMinor(1), 2000).minor() == 0);
    CHECK(inclusiveTax(Money::fromMinor(-999), 2000).minor() == -167);
    CHECK(inclusiveTax(Money::fromMinor(1050), 500).minor() == 50);
    CHECK(inclusiveTax(Money::fromMinor(1999), 0).minor() == 0);
}

TEST_CASE("Proportional allocation always adds up to the whole", "[core][money]")
{
    using ss::core::allocateProportionally;
    const std::vector<Money> weights = {Money::fromMinor(1000), Money::fromMinor(1000), Money::fromMinor(1000)};
    const auto thirds = allocateProportionally(Money::fromMinor(100), weights);
    REQUIRE(thirds.size() == 3);
    CHECK(thirds[0].minor() == 34);
    CHECK(thirds[1].minor() == 33);
    CHECK(thirds[2].minor() == 33);

    const auto negative = allocateProportionally(Money::fromMinor(-100), weights);
    CHECK(negative[0].minor() + negative[1].minor() + negative[2].minor() == -100);

    const auto zeros = allocateProportionally(Money::fromMinor(7), {Money(), Money()});
    CHECK(zeros[0].minor() == 7);
    CHECK(zeros[1].minor() == 0);

    CHECK(allocateProportionally(Money::fromMinor(7), {}).empty());

    const auto uneven = allocateProportionally(
        Money::fromMinor(1001), {Money::fromMinor(1), Money::fromMinor(2), Money::fromMinor(997)});
    qint64 sum = 0;
    for (const Money part : uneven)
        sum += part.minor();
    CHECK(sum == 1001);
    CHECK(uneven[2].minor() == 998);
}

TEST_CASE("Receipt numbers carry the terminal id and a zero-padded sequence", "[core]")
{
    CHECK(ss::core::formatReceiptNumber(QStringLiteral("T01"), 42) == QStringLiteral("T01-00000042"));
    CHECK(ss::core::formatReceiptNumber(QStringLiteral("SHOP2-T3"), 123456789) == QStringLiteral("SHOP2-T3-123456789"));
}
