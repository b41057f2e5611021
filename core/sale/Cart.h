// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "money/Money.h"
#include "offers/Coupon.h"
#include "staff/Role.h"

#include <QString>

#include <optional>
#include <vector>

namespace ss::core {

/// A product as the cart needs it, copied when scanned: a later price change in the back office
/// does not change a cart already being rung up.
struct ProductSnapshot
{
    QString uid;
    QString sku;
    QString barcode;
    QString name;
    Money price;
    int taxRateBasisPoints = 0;
    bool taxInclusive = true;
    QString categoryUid {}; ///< Empty when uncategorised. Follow-up coupons are for a category.
};

/// A percent (value in basis points, 1000 = 10 %) or amount (value in minor units) discount.
struct Discount
{
    DiscountKind kind = DiscountKind::Percent;
    qint64 value = 0;
};

/// How far each role may discount on its own, in basis points of what is discounted. Above the
/// limit the cart answers NeedsApproval and the screen asks for a manager.
struct DiscountLimits
{
    int cashierMaxBasisPoints = 1000;
    int managerMaxBasisPoints = 5000;
    [[nodiscard]] int maxFor(Role role) const;
};

struct CartLine
{
    ProductSnapshot product;
    qint64 quantity = 1;
    std::optional<Money> priceOverride;
    std::optional<Discount> discount;

    [[nodiscard]] Money unitPrice() const { return priceOverride.value_or(product.price); }
};

/// One line, priced. net = gross − discounts; total = net (+ tax when the rate is exclusive).
struct PricedLine
{
    Money gross;
    Money lineDiscount;
    Money saleDiscountShare;
    Money net;
    Money tax;
    Money total;
};

struct CartTotals
{
    std::vector<PricedLine> lines;
    Money gross;
    Money discount; ///< Line discounts plus the whole-sale discount.
    Money tax; ///< Tax contained in or added to the total.
    Money total; ///< What the customer pays.
};

/// The sale being rung up. Pure domain: no storage, no widgets. Every change is validated and
/// refused with a Result; a refused change leaves the cart exactly as it was.
///
/// Pricing order and rounding (the one rule, used everywhere):
///  1. gross = unit price × quantity;
///  2. a line discount comes off the line's gross (percent rounded half away from zero);
///  3. a whole-sale discount is computed on the sum of lines after their discounts and spread over
///     the lines in proportion (largest remainder, so shares add up to the discount exactly);
///  4. tax per line on its net: inclusive rates extract net × r / (10000 + r), exclusive rates add
///     net × r / 10000, each rounded half away from zero once per line.
class Cart final
{
public:
    static constexpr qint64 kMaxQuantity = 9999;
    static constexpr std::size_t kMaxLines = 500;
    static constexpr qint64 kMaxUnitPriceMinor = 10'000'000; ///< 100,000.00: beyond this it is a typo.

    /// Adds the product; scanning the same product again adds to its line unless that line has a
    /// price override or discount. Returns the line's index.
    [[nodiscard]] Result<std::size_t> addProduct(const ProductSnapshot& product, qint64 quantity = 1);
    /// Appends a line exactly as it was (a resumed cart): validated like any change, never merged.
    /// Its discount and override were approved when first given, so no role is checked again.
    [[nodiscard]] Result<void> restoreLine(const CartLine& line);
    [[nodiscard]] Result<void> setQuantity(std::size_t line, qint64 quantity);
    [[nodiscard]] Result<void> voidLine(std::size_t line);
    void voidAll();

    /// `actingRole` is the highest role present: the cashier, or the manager who approved.
    [[nodiscard]] Result<void> setLineDiscount(
        std::size_t line, Discount discount, Role actingRole, const DiscountLimits& limits = {});
    [[nodiscard]] Result<void> setSaleDiscount(Discount discount, Role actingRole, const DiscountLimits& limits = {});
    void clearSaleDiscount() { m_saleDiscount.reset(); }
    /// Needs a manager or owner.
    [[nodiscard]] Result<void> overridePrice(std::size_t line, Money price, Role approverRole);

    [[nodiscard]] const std::vector<CartLine>& lines() const { return m_lines; }
    [[nodiscard]] const std::optional<Discount>& saleDiscount() const { return m_saleDiscount; }
    [[nodiscard]] bool isEmpty() const { return m_lines.empty(); }
    [[nodiscard]] CartTotals totals() const;

private:
    [[nodiscard]] Result<void> checkLine(std::size_t line) const;

    std::vector<CartLine> m_lines;
    std::optional<Discount> m_saleDiscount;
};

/// The amount a discount takes off `base`, or an error when it is negative or exceeds the base.
[[nodiscard]] Result<Money> discountAmount(const Discount& discount, Money base);

} // namespace ss::core
