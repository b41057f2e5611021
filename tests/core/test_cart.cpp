// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "sale/Cart.h"

using namespace ss::core;

namespace {
ProductSnapshot product(const char16_t* uid, qint64 priceMinor, int rate = 2000, bool inclusive = true)
{
    return {QString::fromUtf16(uid), QStringLiteral("SKU"), QStringLiteral("5012345678900"), QStringLiteral("Item"),
        Money::fromMinor(priceMinor), rate, inclusive, {}};
}
} // namespace

TEST_CASE("Cart totals follow the documented tax rule, line by line", "[core][cart][tax]")
{
    struct Row
    {
        qint64 price;
        qint64 quantity;
        int rate;
        bool inclusive;
        qint64 expectedTax;
        qint64 expectedTotal;
    };
    // Inclusive: tax = net × r / (10000 + r); exclusive: tax = net × r / 10000, added; half away from zero.
    const Row rows[] = {
        {1200, 1, 2000, true, 200, 1200},
        {999, 1, 2000, true, 167, 999},
        {999, 3, 2000, true, 500, 2997},
        {1050, 1, 500, true, 50, 1050},
        {449, 2, 0, true, 0, 898},
        {1000, 1, 2000, false, 200, 1200},
        {999, 1, 825, false, 82, 1081},
        {1, 1, 2000, false, 0, 1},
        {3, 1, 2000, false, 1, 4},
        {9999, 9999, 2000, true, 16663334, 99980001},
    };
    for (const Row& row : rows) {
        INFO(row.price << " x " << row.quantity << " at " << row.rate << (row.inclusive ? " incl" : " excl"));
        Cart cart;
        REQUIRE(cart.addProduct(product(u"p", row.price, row.rate, row.inclusive), row.quantity));
        const CartTotals totals = cart.totals();
        CHECK(totals.tax.minor() == row.expectedTax);
        CHECK(totals.total.minor() == row.expectedTotal);
    }
}

TEST_CASE("Scanning the same product again adds to its line", "[core][cart]")
{
    Cart cart;
    CHECK(cart.addProduct(product(u"a", 500)).value() == 0);
    CHECK(cart.addProduct(product(u"b", 300)).value() == 1);
    CHECK(cart.addProduct(product(u"a", 500)).value() == 0);
    REQUIRE(cart.lines().size() == 2);
    CHECK(cart.lines()[0].quantity == 2);
    CHECK(cart.totals().total.minor() == 1300);
}

TEST_CASE("Absurd quantities and prices are refused and leave the cart unchanged", "[core][cart]")
{
    Cart cart;
    REQUIRE(cart.addProduct(product(u"a", 500)));
    CHECK(cart.addProduct(product(u"a", 500), 0).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.addProduct(product(u"a", 500), -3).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.addProduct(product(u"a", 500), Cart::kMaxQuantity).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.setQuantity(0, 0).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.setQuantity(0, 1'000'000).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.setQuantity(5, 2).error().code == ErrorCode::NotFound);
    CHECK(cart.addProduct(product(u"z", -1)).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.lines().size() == 1);
    CHECK(cart.lines()[0].quantity == 1);
    REQUIRE(cart.setQuantity(0, 4));
    CHECK(cart.totals().total.minor() == 2000);
}

TEST_CASE("Discounts respect the role's limit — above it a manager must approve", "[core][cart][discount]")
{
    Cart cart;
    REQUIRE(cart.addProduct(product(u"a", 10000)));
    REQUIRE(cart.addProduct(product(u"b", 5000)));
    const DiscountLimits limits; // cashier 10 %, manager 50 %

    CHECK(cart.setLineDiscount(0, {DiscountKind::Percent, 1000}, Role::Cashier, limits));
    CHECK(cart.setLineDiscount(0, {DiscountKind::Percent, 1500}, Role::Cashier, limits).error().code
        == ErrorCode::NeedsApproval);
    // Amounts are judged as a share of the line: £10.01 off £100 is over 10 %.
    CHECK(cart.setLineDiscount(0, {DiscountKind::Amount, 1001}, Role::Cashier, limits).error().code
        == ErrorCode::NeedsApproval);
    CHECK(cart.setLineDiscount(0, {DiscountKind::Percent, 1500}, Role::Manager, limits));
    CHECK(cart.setLineDiscount(0, {DiscountKind::Amount, 10001}, Role::Owner, limits).error().code
        == ErrorCode::InvalidArgument);
    CHECK(cart.setLineDiscount(0, {DiscountKind::Percent, -5}, Role::Owner, limits).error().code
        == ErrorCode::InvalidArgument);

    // Line a: 100.00 − 15 % = 85.00; line b: 50.00. Whole-sale 10 % of 135.00 = 13.50.
    REQUIRE(cart.setSaleDiscount({DiscountKind::Percent, 1000}, Role::Cashier, limits));
    const CartTotals totals = cart.totals();
    CHECK(totals.gross.minor() == 15000);
    CHECK(totals.discount.minor() == 1500 + 1350);
    CHECK(totals.total.minor() == 12150);
    CHECK(totals.lines[0].saleDiscountShare.minor() + totals.lines[1].saleDiscountShare.minor() == 1350);
    CHECK(totals.lines[0].net.minor() + totals.lines[1].net.minor() == 12150);
    CHECK(cart.setSaleDiscount({DiscountKind::Percent, 6000}, Role::Manager, limits).error().code
        == ErrorCode::NeedsApproval);
}

TEST_CASE("A whole-sale discount spreads exactly over lines with different tax rates", "[core][cart][discount]")
{
    Cart cart;
    REQUIRE(cart.addProduct(product(u"book", 999, 0)));
    REQUIRE(cart.addProduct(product(u"paint", 333, 2000)));
    REQUIRE(cart.addProduct(product(u"brush", 333, 2000)));
    REQUIRE(cart.setSaleDiscount({DiscountKind::Amount, 100}, Role::Cashier));
    const CartTotals totals = cart.totals();
    qint64 shares = 0, tax = 0;
    for (const PricedLine& line : totals.lines) {
        shares += line.saleDiscountShare.minor();
        tax += line.tax.minor();
        CHECK(line.total == line.net);
    }
    CHECK(shares == 100);
    CHECK(totals.total.minor() == 999 + 333 + 333 - 100);
    CHECK(totals.tax.minor() == tax);
    CHECK(totals.lines[0].tax.minor() == 0);
}

TEST_CASE("Price overrides need a manager — voids remove lines", "[core][cart]")
{
    Cart cart;
    REQUIRE(cart.addProduct(product(u"a", 2000)));
    REQUIRE(cart.addProduct(product(u"b", 700)));
    CHECK(cart.overridePrice(0, Money::fromMinor(1500), Role::Cashier).error().code == ErrorCode::NeedsApproval);
    REQUIRE(cart.overridePrice(0, Money::fromMinor(1500), Role::Manager));
    CHECK(cart.overridePrice(0, Money::fromMinor(-1), Role::Owner).error().code == ErrorCode::InvalidArgument);
    CHECK(cart.totals().total.minor() == 2200);
    // An overridden line is not merged with a new scan of the same product.
    CHECK(cart.addProduct(product(u"a", 2000)).value() == 2);

    REQUIRE(cart.voidLine(1));
    CHECK(cart.lines().size() == 2);
    CHECK(cart.voidLine(7).error().code == ErrorCode::NotFound);
    REQUIRE(cart.setSaleDiscount({DiscountKind::Percent, 500}, Role::Cashier));
    cart.voidAll();
    CHECK(cart.isEmpty());
    CHECK_FALSE(cart.saleDiscount());
    CHECK(cart.totals().total.isZero());
    CHECK(cart.setSaleDiscount({DiscountKind::Percent, 500}, Role::Cashier).error().code == ErrorCode::InvalidArgument);
}
