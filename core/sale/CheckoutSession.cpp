// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutSession.h"

#include "offers/CouponCode.h"

#include "Uid.h"
#include "sale/CartCodec.h"
#include "scan/ProductCode.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckout, "secondsale.checkout")

namespace ss::core {

CheckoutSession::CheckoutSession(
    CatalogPort& catalog, SalesPort& sales, const Clock& clock, CheckoutContext context, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_sales(sales)
    , m_clock(clock)
    , m_context(std::move(context))
{ }

CheckoutSession::~CheckoutSession() = default;

void CheckoutSession::setCashier(const std::optional<CashierRecord>& cashier)
{
    m_cashier = cashier;
}

void CheckoutSession::attachCustomer(const QString& customerUid)
{
    m_customerUid = customerUid;
}

Result<void> CheckoutSession::requireCashier() const
{
    if (!m_cashier)
        return fail(ErrorCode::NeedsApproval, QStringLiteral("nobody is logged in"));
    return {};
}

Role CheckoutSession::actingRole(std::optional<Role> approvedBy) const
{
    const Role own = m_cashier ? m_cashier->role : Role::Cashier;
    return approvedBy && *approvedBy > own ? *approvedBy : own;
}

void CheckoutSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    if (!busy)
        processNextScan();
}

void CheckoutSession::audit(const QString& action, const QString& detail)
{
    if (!m_cashier)
        return;
    m_sales.audit(m_cashier->uid, action, detail).then(this, [action](const Result<bool>& written) {
        if (!written)
            qCWarning(lcCheckout) << "audit entry" << action << "not written:" << written.error().detail;
    });
}

void CheckoutSession::scan(const ScanEvent& event)
{
    if (couponcode::looksLikeCode(event.data)) {
        applyCoupon(event.data);
        return;
    }
    m_pendingScans.enqueue(event.data);
    processNextScan();
}

void CheckoutSession::applyCoupon(const QString& code)
{
    if (m_busy || m_tendering)
        return;
    m_sales.findCoupon(code, m_customerUid).then(this, [this](const Result<CouponLookup>& found) {
        if (!found) {
            emit lookupFailed(found.error());
            return;
        }
        CouponLookup lookup = *found;
        const CouponRecord& coupon = lookup.state.coupon;
        std::optional<CouponRefusal> refusal = lookup.refusal;
        const std::vector<std::size_t> lines = couponLines(coupon);
        if (!refusal && !coupon.categoryUid.isEmpty() && lines.empty())
            refusal = CouponRefusal::NotForTheseItems; // a follow-up coupon needs its items in the cart first
        if (!refusal) {
            // Spend is checked when the sale is paid; before that the cart may still be filling up.
            const Money spend = m_cart.isEmpty() ? coupon.minimumSpend : couponSpend(coupon);
            refusal = couponRefusal(lookup.state, m_clock.nowUtc(), spend);
        }
        if (refusal) {
            emit couponRefused(*refusal, lookup);
            return;
        }
        // The coupon is the shop's own offer: no role limit applies to it.
        if (auto r = applyCouponDiscount(coupon, lines); !r) {
            emit lookupFailed(r.error());
            return;
        }
        m_coupon = lookup;
        audit(QStringLiteral("coupon_applied"), QStringLiteral("coupon=%1").arg(coupon.code));
        emit cartChanged();
        emit couponApplied(lookup);
    });
}

std::vector<std::size_t> CheckoutSession::couponLines(const CouponRecord& coupon) const
{
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < m_cart.lines().size(); ++i) {
        if (coupon.categoryUid.isEmpty() || m_cart.lines()[i].product.categoryUid == coupon.categoryUid)
            lines.push_back(i);
    }
    return lines;
}

Money CheckoutSession::couponSpend(const CouponRecord& coupon) const
{
    const CartTotals totals = m_cart.totals();
    Money spend;
    for (std::size_t line : couponLines(coupon))
        spend = spend + totals.lines[line].gross;
    return spend;
}

Result<void> CheckoutSession::applyCouponDiscount(const CouponRecord& coupon, const std::vector<std::size_t>& lines)
{
    if (coupon.categoryUid.isEmpty())
        return m_cart.setSaleDiscount({coupon.discountKind, coupon.discountValue}, Role::Owner);
    // A follow-up coupon discounts only its category's lines: a percentage on each; an amount on the
    // dearest of them, never more than that line.
    if (coupon.discountKind == DiscountKind::Percent) {
        for (std::size_t line : lines) {
            if (auto r = m_cart.setLineDiscount(line, {DiscountKind::Percent, coupon.discountValue}, Role::Owner); !r)
                return r;
        }
        return {};
    }
    const CartTotals totals = m_cart.totals();
    std::size_t dearest = lines.front();
    for (std::size_t line : lines) {
        if (totals.lines[line].gross > totals.lines[dearest].gross)
            dearest = line;
    }
    const qint64 amount = std::min(coupon.discountValue, totals.lines[dearest].gross.minor());
    return m_cart.setLineDiscount(dearest, {DiscountKind::Amount, amount}, Role::Owner);
}

void CheckoutSession::processNextScan()
{
    // One look-up at a time, and none while a sale commits: scans land in order, in the right cart.
    if (m_lookupInFlight || m_busy || m_pendingScans.isEmpty())
        return;
    const QString raw = m_pendingScans.dequeue();
    auto code = normaliseProductCode(raw);
    if (!code) {
        emit scanRejected(raw.left(kMaxProductCodeLength), ScanProblem::Invalid);
        processNextScan();
        return;
    }
    m_lookupInFlight = true;
    m_catalog.findByCode(*code).then(this, [this, shown = *code](const Result<std::optional<ProductSnapshot>>& found) {
        m_lookupInFlight = false;
        if (!found) {
            qCWarning(lcCheckout) << "catalogue look-up failed:" << found.error().detail;
            emit scanRejected(shown, ScanProblem::Unavailable);
        } else if (!*found) {
            emit scanRejected(shown, ScanProblem::Unknown);
        } else if (auto line = m_cart.addProduct(**found); !line) {
            emit scanRejected(shown, ScanProblem::NotAdded);
        } else {
            emit cartChanged();
            emit scanAccepted(static_cast<int>(*line));
        }
        processNextScan();
    });
}

Result<void> CheckoutSession::addProduct(const ProductSnapshot& product, qint64 quantity)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    auto line = m_cart.addProduct(product, quantity);
    if (!line)
        return std::unexpected(line.error());
    emit cartChanged();
    emit scanAccepted(static_cast<int>(*line));
    return {};
}

Result<void> CheckoutSession::setQuantity(std::size_t line, qint64 quantity)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    auto r = m_cart.setQuantity(line, quantity);
    if (r)
        emit cartChanged();
    return r;
}

Result<void> CheckoutSession::voidLine(std::size_t line)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    if (line >= m_cart.lines().size())
        return fail(ErrorCode::NotFound, QStringLiteral("no such line"));
    const CartLine voided = m_cart.lines()[line];
    auto r = m_cart.voidLine(line);
    if (r) {
        audit(QStringLiteral("void_line"),
            QStringLiteral("sku=%1 quantity=%2 amount=%3")
                .arg(voided.product.sku)
                .arg(voided.quantity)
                .arg((voided.unitPrice() * voided.quantity).toDecimalString()));
        emit cartChanged();
    }
    return r;
}

void CheckoutSession::voidSale()
{
    if (m_cart.isEmpty())
        return;
    audit(QStringLiteral("void_sale"),
        QStringLiteral("lines=%1 amount=%2").arg(m_cart.lines().size()).arg(m_cart.totals().total.toDecimalString()));
    m_tendering.reset();
    m_cart.voidAll();
    m_coupon.reset();
    m_customerUid.clear(); // a voided sale's customer is not the next customer
    emit cartChanged();
}

Result<void> CheckoutSession::setLineDiscount(std::size_t line, Discount discount, std::optional<Role> approvedBy)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    auto r = m_cart.setLineDiscount(line, discount, actingRole(approvedBy), m_context.limits);
    if (r)
        emit cartChanged();
    return r;
}

Result<void> CheckoutSession::setSaleDiscount(Discount discount, std::optional<Role> approvedBy)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    auto r = m_cart.setSaleDiscount(discount, actingRole(approvedBy), m_context.limits);
    if (r)
        emit cartChanged();
    return r;
}

Result<void> CheckoutSession::overridePrice(std::size_t line, Money price, std::optional<Role> approvedBy)
{
    if (m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has started"));
    auto r = m_cart.overridePrice(line, price, actingRole(approvedBy));
    if (r) {
        audit(QStringLiteral("price_override"),
            QStringLiteral("sku=%1 price=%2").arg(m_cart.lines()[line].product.sku, price.toDecimalString()));
        emit cartChanged();
    }
    return r;
}

Result<void> CheckoutSession::beginTender()
{
    if (auto r = requireCashier(); !r)
        return r;
    if (m_cart.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the cart is empty"));
    if (m_busy)
        return fail(ErrorCode::DbBusy, QStringLiteral("the previous sale is still being saved"));
    m_tendering.emplace(m_cart.totals().total);
    return {};
}

void CheckoutSession::cancelTender()
{
    m_tendering.reset();
}

SaleRecord CheckoutSession::newSaleRecord() const
{
    SaleRecord sale;
    sale.uid = newUid();
    sale.terminalId = m_context.terminalId;
    sale.cashierUid = m_cashier ? m_cashier->uid : QString();
    sale.createdAtUtc = m_clock.nowUtc();
    sale.currency = m_context.currency;
    return sale;
}

Result<void> CheckoutSession::completeSale()
{
    if (auto r = requireCashier(); !r)
        return r;
    if (!m_tendering)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("payment has not started"));
    if (!m_tendering->isComplete())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not fully paid"));
    if (m_busy)
        return fail(ErrorCode::DbBusy, QStringLiteral("already saving"));

    const CartTotals totals = m_cart.totals();
    if (m_coupon) {
        // Items may have gone since the coupon was scanned: its terms are checked on what is paid for.
        const CouponRecord& coupon = m_coupon->state.coupon;
        std::optional<CouponRefusal> refusal = couponRefusal(m_coupon->state, m_clock.nowUtc(), couponSpend(coupon));
        if (!refusal && !coupon.categoryUid.isEmpty() && couponLines(coupon).empty())
            refusal = CouponRefusal::NotForTheseItems;
        if (refusal) {
            const CouponLookup dropped = *m_coupon;
            m_coupon.reset();
            if (dropped.state.coupon.categoryUid.isEmpty())
                m_cart.clearSaleDiscount();
            else
                for (std::size_t line : couponLines(dropped.state.coupon))
                    (void)m_cart.setLineDiscount(line, {DiscountKind::Percent, 0}, Role::Owner);
            m_tendering.reset();
            emit cartChanged();
            emit couponRefused(*refusal, dropped);
            return fail(ErrorCode::InvalidArgument, QStringLiteral("the coupon no longer applies"));
        }
    }
    SaleRecord sale = newSaleRecord();
    sale.subtotal = totals.gross;
    sale.discount = totals.discount;
    sale.tax = totals.tax;
    sale.total = totals.total;
    for (std::size_t i = 0; i < m_cart.lines().size(); ++i) {
        const CartLine& line = m_cart.lines()[i];
        const PricedLine& priced = totals.lines[i];
        SaleLineRecord record;
        record.productUid = line.product.uid;
        record.description = line.product.name;
        record.quantity = line.quantity;
        record.unitPrice = line.unitPrice();
        record.discount = priced.lineDiscount + priced.saleDiscountShare;
        record.taxRateBasisPoints = line.product.taxRateBasisPoints;
        record.tax = priced.tax;
        record.total = priced.total;
        sale.lines.push_back(record);
    }
    sale.customerUid = m_customerUid;
    if (m_coupon && m_coupon->isReferral()) {
        sale.referralCode = m_coupon->state.coupon.code;
    } else if (m_coupon) {
        sale.redeemedCouponCode = m_coupon->state.coupon.code;
        // Redeeming a coupon bound to a customer says who is at the till, when the cashier has not.
        if (sale.customerUid.isEmpty())
            sale.customerUid = m_coupon->state.coupon.customerUid;
    }
    sale.payments = m_tendering->payments();
    commit(sale);
    return {};
}

void CheckoutSession::commit(const SaleRecord& sale)
{
    setBusy(true);
    m_sales.commitSale(sale).then(this, [this](const Result<CommittedSale>& committed) {
        if (!committed) {
            // The cart and the payments taken stay exactly as they were: the cashier can retry.
            qCWarning(lcCheckout) << "sale not committed:" << committed.error().detail;
            setBusy(false);
            emit saleFailed(committed.error());
            return;
        }
        m_tendering.reset();
        m_cart.voidAll();
        m_customerUid.clear();
        m_coupon.reset();
        emit cartChanged();
        emit saleCommitted(*committed);
        if (committed->cashTaken)
            emit drawerOpenRequested(); // only now: the drawer opens after the commit, never before
        setBusy(false);
    });
}

void CheckoutSession::suspend(const QString& label)
{
    if (m_cart.isEmpty() || !m_cashier || m_busy)
        return;
    SuspendedCart parked;
    parked.uid = newUid();
    parked.label = label.trimmed().left(40);
    parked.cashierUid = m_cashier->uid;
    parked.payload = encodeCart(m_cart);
    parked.total = m_cart.totals().total;
    parked.createdAtUtc = m_clock.nowUtc();
    setBusy(true);
    m_sales.suspend(parked).then(this, [this, label = parked.label](const Result<QString>& stored) {
        if (!stored) {
            setBusy(false);
            emit lookupFailed(stored.error()); // the cart stays on screen
            return;
        }
        m_tendering.reset();
        m_cart.voidAll();
        emit cartChanged();
        emit suspended(label);
        setBusy(false);
    });
}

void CheckoutSession::resume(const QString& suspendedUid)
{
    if (!m_cart.isEmpty() || m_busy) {
        emit lookupFailed({ErrorCode::InvalidArgument, QStringLiteral("finish or suspend the current sale first")});
        return;
    }
    setBusy(true);
    m_sales.resume(suspendedUid).then(this, [this](const Result<SuspendedCart>& parked) {
        setBusy(false);
        if (!parked) {
            emit lookupFailed(parked.error());
            return;
        }
        auto cart = decodeCart(parked->payload);
        if (!cart) {
            // Taken out of the store but unreadable here (written by another version?): park it again
            // untouched rather than lose it.
            m_sales.suspend(*parked).then(this, [](const Result<QString>&) {});
            emit lookupFailed(cart.error());
            return;
        }
        m_cart = std::move(*cart);
        emit cartChanged();
    });
}

void CheckoutSession::findSaleForRefund(const QString& receiptNumber)
{
    m_sales.findSale(receiptNumber.trimmed()).then(this, [this](const Result<OriginalSale>& found) {
        if (!found)
            emit lookupFailed(found.error());
        else
            emit refundSaleFound(*found);
    });
}

Result<void> CheckoutSession::refund(
    const OriginalSale& original, const std::vector<RefundRequest>& requests, Tender tender, const QString& reference)
{
    if (auto r = requireCashier(); !r)
        return r;
    if (m_busy)
        return fail(ErrorCode::DbBusy, QStringLiteral("already saving"));
    auto lines = refundLines(original, requests);
    if (!lines)
        return std::unexpected(lines.error());
    SaleRecord sale = newSaleRecord();
    sale.isRefund = true;
    sale.originalSaleUid = original.uid;
    sale.customerUid = original.customerUid;
    for (std::size_t i = 0; i < lines->size(); ++i) {
        SaleLineRecord line = (*lines)[i];
        line.originalLineNo = requests[i].lineNo;
        sale.subtotal += line.total;
        sale.tax += line.tax;
        sale.lines.push_back(line);
    }
    sale.total = sale.subtotal;
    sale.payments.push_back({tender, sale.total, {}, reference.trimmed().left(64)});
    commit(sale);
    return {};
}

Result<void> CheckoutSession::blindReturn(
    const ProductSnapshot& product, qint64 quantity, Tender tender, std::optional<Role> approvedBy)
{
    if (auto r = requireCashier(); !r)
        return r;
    if (actingRole(approvedBy) == Role::Cashier)
        return fail(ErrorCode::NeedsApproval, QStringLiteral("a return without a receipt needs a manager"));
    if (m_busy)
        return fail(ErrorCode::DbBusy, QStringLiteral("already saving"));
    // Priced exactly as a sale of the item would be, then reversed.
    Cart priced;
    if (auto line = priced.addProduct(product, quantity); !line)
        return std::unexpected(line.error());
    const CartTotals totals = priced.totals();
    SaleRecord sale = newSaleRecord();
    sale.isRefund = true;
    SaleLineRecord line;
    line.productUid = product.uid;
    line.description = product.name;
    line.quantity = -quantity;
    line.unitPrice = product.price;
    line.taxRateBasisPoints = product.taxRateBasisPoints;
    line.tax = -totals.tax;
    line.total = -totals.total;
    sale.lines.push_back(line);
    sale.subtotal = sale.total = line.total;
    sale.tax = line.tax;
    sale.payments.push_back({tender, sale.total, {}, {}});
    audit(QStringLiteral("blind_return"),
        QStringLiteral("sku=%1 quantity=%2 amount=%3")
            .arg(product.sku)
            .arg(quantity)
            .arg(totals.total.toDecimalString()));
    commit(sale);
    return {};
}

Result<void> CheckoutSession::noSale()
{
    if (auto r = requireCashier(); !r)
        return r;
    audit(QStringLiteral("no_sale"), QStringLiteral("drawer opened without a sale"));
    emit drawerOpenRequested();
    return {};
}

} // namespace ss::core
