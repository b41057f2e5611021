// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cart.h"

#include "money/Allocation.h"
#include "sale/SaleRecord.h"

namespace ss::core {

int DiscountLimits::maxFor(Role role) const
{
    switch (role) {
    case Role::Cashier: return cashierMaxBasisPoints;
    case Role::Manager: return managerMaxBasisPoints;
    case Role::Owner: return 10000;
    }
    return 0;
}

Result<Money> discountAmount(const Discount& discount, Money base)
{
    if (discount.value < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a discount cannot be negative"));
    if (discount.kind == DiscountKind::Percent) {
        if (discount.value > 10000)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("a discount cannot exceed 100%"));
        return Money::fromMinor(divideRoundHalfAwayFromZero(base.minor() * discount.value, 10000));
    }
    if (discount.value > base.minor())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a discount cannot exceed what it applies to"));
    return Money::fromMinor(discount.value);
}

namespace {

/// The discount as basis points of its base, for comparing with a role's limit.
qint64 discountBasisPoints(const Discount& discount, Money base)
{
    if (discount.kind == DiscountKind::Percent)
        return discount.value;
    if (base.minor() <= 0)
        return discount.value > 0 ? 10000 : 0;
    // Round up: an amount just over the limit must not slip under it.
    return (discount.value * 10000 + base.minor() - 1) / base.minor();
}

Result<void> checkQuantity(qint64 quantity)
{
    if (quantity < 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("quantity must be at least 1"));
    if (quantity > Cart::kMaxQuantity)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("quantity above %1").arg(Cart::kMaxQuantity));
    return {};
}

Money lineGross(const CartLine& line)
{
    return line.unitPrice() * line.quantity;
}

} // namespace

Result<void> Cart::checkLine(std::size_t line) const
{
    if (line >= m_lines.size())
        return fail(ErrorCode::NotFound, QStringLiteral("no such cart line"));
    return {};
}

Result<std::size_t> Cart::addProduct(const ProductSnapshot& product, qint64 quantity)
{
    if (auto r = checkQuantity(quantity); !r)
        return std::unexpected(r.error());
    if (product.price.isNegative() || product.price.minor() > kMaxUnitPriceMinor)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("price out of range"));
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        CartLine& line = m_lines[i];
        if (line.product.uid == product.uid && !line.priceOverride && !line.discount) {
            if (auto r = checkQuantity(line.quantity + quantity); !r)
                return std::unexpected(r.error());
            line.quantity += quantity;
            return i;
        }
    }
    if (m_lines.size() >= kMaxLines)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a sale has at most %1 lines").arg(kMaxLines));
    m_lines.push_back({product, quantity, std::nullopt, std::nullopt});
    return m_lines.size() - 1;
}

Result<void> Cart::restoreLine(const CartLine& line)
{
    if (auto r = checkQuantity(line.quantity); !r)
        return r;
    const Money unit = line.unitPrice();
    if (line.product.price.isNegative() || unit.isNegative() || unit.minor() > kMaxUnitPriceMinor
        || line.product.price.minor() > kMaxUnitPriceMinor)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("price out of range"));
    if (line.discount) {
        if (auto r = discountAmount(*line.discount, unit * line.quantity); !r)
            return std::unexpected(r.error());
    }
    if (m_lines.size() >= kMaxLines)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a sale has at most %1 lines").arg(kMaxLines));
    m_lines.push_back(line);
    return {};
}

Result<void> Cart::setQuantity(std::size_t line, qint64 quantity)
{
    if (auto r = checkLine(line); !r)
        return r;
    if (auto r = checkQuantity(quantity); !r)
        return r;
    CartLine& target = m_lines[line];
    // A fixed-amount discount must still fit the smaller line.
    if (target.discount) {
        if (auto r = discountAmount(*target.discount, target.unitPrice() * quantity); !r)
            return std::unexpected(r.error());
    }
    target.quantity = quantity;
    return {};
}

Result<void> Cart::voidLine(std::size_t line)
{
    if (auto r = checkLine(line); !r)
        return r;
    m_lines.erase(m_lines.begin() + static_cast<std::ptrdiff_t>(line));
    if (m_lines.empty())
        m_saleDiscount.reset();
    return {};
}

void Cart::voidAll()
{
    m_lines.clear();
    m_saleDiscount.reset();
}

Result<void> Cart::setLineDiscount(std::size_t line, Discount discount, Role actingRole, const DiscountLimits& limits)
{
    if (auto r = checkLine(line); !r)
        return r;
    const Money base = lineGross(m_lines[line]);
    if (auto amount = discountAmount(discount, base); !amount)
        return std::unexpected(amount.error());
    if (discountBasisPoints(discount, base) > limits.maxFor(actingRole))
        return fail(ErrorCode::NeedsApproval, QStringLiteral("discount above the role's limit"));
    m_lines[line].discount = discount.value == 0 ? std::nullopt : std::optional<Discount>(discount);
    return {};
}

Result<void> Cart::setSaleDiscount(Discount discount, Role actingRole, const DiscountLimits& limits)
{
    if (m_lines.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the cart is empty"));
    Money base;
    const CartTotals current = totals();
    for (const PricedLine& line : current.lines)
        base += line.gross - line.lineDiscount;
    if (auto amount = discountAmount(discount, base); !amount)
        return std::unexpected(amount.error());
    if (discountBasisPoints(discount, base) > limits.maxFor(actingRole))
        return fail(ErrorCode::NeedsApproval, QStringLiteral("discount above the role's limit"));
    m_saleDiscount = discount.value == 0 ? std::nullopt : std::optional<Discount>(discount);
    return {};
}

Result<void> Cart::overridePrice(std::size_t line, Money price, Role approverRole)
{
    if (auto r = checkLine(line); !r)
        return r;
    if (price.isNegative() || price.minor() > kMaxUnitPriceMinor)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("price out of range"));
    if (approverRole == Role::Cashier)
        return fail(ErrorCode::NeedsApproval, QStringLiteral("a price override needs a manager"));
    CartLine& target = m_lines[line];
    if (target.discount) {
        if (auto r = discountAmount(*target.discount, price * target.quantity); !r)
            return std::unexpected(r.error());
    }
    target.priceOverride = price;
    return {};
}

CartTotals Cart::totals() const
{
    CartTotals totals;
    std::vector<Money> afterLineDiscounts;
    for (const CartLine& line : m_lines) {
        PricedLine priced;
        priced.gross = lineGross(line);
        if (line.discount)
            priced.lineDiscount = discountAmount(*line.discount, priced.gross).value_or(Money());
        afterLineDiscounts.push_back(priced.gross - priced.lineDiscount);
        totals.lines.push_back(priced);
    }
    Money saleBase;
    for (const Money amount : afterLineDiscounts)
        saleBase += amount;
    const Money saleDiscount = m_saleDiscount ? discountAmount(*m_saleDiscount, saleBase).value_or(Money()) : Money();
    const std::vector<Money> shares = allocateProportionally(saleDiscount, afterLineDiscounts);

    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        PricedLine& priced = totals.lines[i];
        const ProductSnapshot& product = m_lines[i].product;
        priced.saleDiscountShare = shares[i];
        priced.net = afterLineDiscounts[i] - shares[i];
        if (product.taxInclusive) {
            priced.tax = inclusiveTax(priced.net, product.taxRateBasisPoints);
            priced.total = priced.net;
        } else {
            priced.tax
                = Money::fromMinor(divideRoundHalfAwayFromZero(priced.net.minor() * product.taxRateBasisPoints, 10000));
            priced.total = priced.net + priced.tax;
        }
        totals.gross += priced.gross;
        totals.discount += priced.lineDiscount + priced.saleDiscountShare;
        totals.tax += priced.tax;
        totals.total += priced.total;
    }
    return totals;
}

} // namespace ss::core
