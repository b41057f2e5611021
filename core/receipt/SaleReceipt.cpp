// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptDocument.h"

namespace ss::core {

namespace {
using Kind = ReceiptBlock::Kind;
using Align = ReceiptBlock::Align;

ReceiptBlock text(const QString& value, Align align = Align::Left, bool bold = false, bool large = false)
{
    return {Kind::Text, value, {}, align, bold, large};
}

ReceiptBlock plain(Kind kind, const QString& value = {})
{
    return {kind, value, {}, Align::Left, false, false};
}

ReceiptBlock columns(const QString& left, const QString& right, bool bold = false)
{
    return {Kind::Columns, left, right, Align::Left, bold, false};
}
/// The next-visit coupon under the receipt: what it gives, on what terms, and its code three ways —
/// to read out, to scan as Code 128, to scan as QR.
void appendCoupon(std::vector<ReceiptBlock>& b, const CouponRecord& coupon, const QString& currency)
{
    b.push_back(plain(Kind::Feed));
    b.push_back(text(QStringLiteral("- - - - - - - - - - - - - - - -"), Align::Centre));
    if (!coupon.headline.isEmpty())
        b.push_back(text(coupon.headline, Align::Centre, true));
    const QString offer = coupon.discountKind == DiscountKind::Percent
        ? SaleReceipt::tr("%1% off your next visit").arg(coupon.discountValue / 100)
        : SaleReceipt::tr("%1 %2 off your next visit")
              .arg(currency, Money::fromMinor(coupon.discountValue).toDecimalString());
    b.push_back(text(offer, Align::Centre, true, true));
    if (!coupon.categoryName.isEmpty())
        b.push_back(text(SaleReceipt::tr("on %1").arg(coupon.categoryName), Align::Centre, true));
    if (!coupon.minimumSpend.isZero())
        b.push_back(text(
            SaleReceipt::tr("when you spend %1 or more").arg(coupon.minimumSpend.toDecimalString()), Align::Centre));
    b.push_back(text(SaleReceipt::tr("Valid until %1, once")
                         .arg(coupon.validUntilUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))),
        Align::Centre));
    b.push_back(text(coupon.code, Align::Centre, true, true));
    b.push_back(plain(Kind::Barcode, coupon.code));
    b.push_back(plain(Kind::QrCode, coupon.code));
}

/// "Bring a friend": the customer's own code and what a friend gets with it.
void appendReferral(std::vector<ReceiptBlock>& b, const CouponRecord& welcome, const QString& currency)
{
    b.push_back(plain(Kind::Feed));
    b.push_back(text(SaleReceipt::tr("Bring a friend"), Align::Centre, true, true));
    if (!welcome.headline.isEmpty())
        b.push_back(text(welcome.headline, Align::Centre));
    const QString offer = welcome.discountKind == DiscountKind::Percent
        ? SaleReceipt::tr("%1% off their first purchase").arg(welcome.discountValue / 100)
        : SaleReceipt::tr("%1 %2 off their first purchase")
              .arg(currency, Money::fromMinor(welcome.discountValue).toDecimalString());
    b.push_back(text(offer, Align::Centre, true));
    b.push_back(text(SaleReceipt::tr("with your code:"), Align::Centre));
    b.push_back(text(welcome.code, Align::Centre, true, true));
    b.push_back(plain(Kind::QrCode, welcome.code));
}

} // namespace

ReceiptDocument couponPreview(const CouponRecord& coupon, const QString& currency)
{
    ReceiptDocument page;
    appendCoupon(page.blocks, coupon, currency);
    return page;
}

ReceiptDocument textReceipt(const QString& body)
{
    ReceiptDocument page;
    for (const QString& line : body.split(u'\n'))
        page.blocks.push_back(line.isEmpty() ? plain(Kind::Feed) : text(line));
    return page;
}

ReceiptDocument testPage(const StoreProfile& store, const QString& printerName)
{
    ReceiptDocument page;
    auto& b = page.blocks;
    b.push_back(text(store.name, Align::Centre, true, true));
    b.push_back(text(SaleReceipt::tr("Printer test page"), Align::Centre, true));
    b.push_back(text(printerName, Align::Centre));
    b.push_back(plain(Kind::Rule));
    b.push_back(text(SaleReceipt::tr("Normal text"), Align::Left));
    b.push_back(text(SaleReceipt::tr("Bold text"), Align::Left, true));
    b.push_back(text(SaleReceipt::tr("Large"), Align::Left, false, true));
    b.push_back(text(SaleReceipt::tr("Right"), Align::Right));
    b.push_back(columns(QStringLiteral("Café Zoë — Łódź, Müller, Ærø"), QStringLiteral("€9.99")));
    b.push_back(plain(Kind::Rule));
    b.push_back(plain(Kind::Barcode, QStringLiteral("T01-00000042")));
    b.push_back(plain(Kind::Ean13, QStringLiteral("5012345678900")));
    b.push_back(plain(Kind::QrCode, QStringLiteral("https://example.com/secondsale")));
    b.push_back(text(SaleReceipt::tr("If you can read this, the printer works."), Align::Centre));
    return page;
}

ReceiptDocument SaleReceipt::build(const StoreProfile& store, const SaleRecord& sale, const QString& cashierName,
    const ReceiptGreeting& greeting, bool copy)
{
    ReceiptDocument receipt;
    auto& b = receipt.blocks;
    if (copy)
        b.push_back(text(tr("*** COPY — reprinted ***"), Align::Centre, true));
    b.push_back(text(store.name, Align::Centre, true, true));
    for (const QString& line : store.addressLines.split(u'\n', Qt::SkipEmptyParts))
        b.push_back(text(line, Align::Centre));
    for (const QString& line : store.receiptHeader.split(u'\n', Qt::SkipEmptyParts))
        b.push_back(text(line, Align::Centre));
    if (!store.taxRegistration.isEmpty())
        b.push_back(text(tr("Tax reg. no. %1").arg(store.taxRegistration), Align::Centre));
    b.push_back(plain(Kind::Rule));
    if (sale.isRefund)
        b.push_back(text(tr("REFUND"), Align::Centre, true));
    for (const SaleLineRecord& line : sale.lines) {
        b.push_back(columns(line.description, line.total.toDecimalString()));
        const qint64 quantity = line.quantity < 0 ? -line.quantity : line.quantity;
        if (quantity != 1)
            b.push_back(text(tr("  %1 x %2").arg(quantity).arg(line.unitPrice.toDecimalString())));
        if (!line.discount.isZero())
            b.push_back(columns(tr("  discount"), (-line.discount).toDecimalString()));
    }
    b.push_back(plain(Kind::Rule));
    b.push_back(columns(tr("TOTAL %1").arg(sale.currency), sale.total.toDecimalString(), true));
    if (!sale.tax.isZero())
        b.push_back(columns(tr("of which tax"), sale.tax.toDecimalString()));
    for (const PaymentRecord& payment : sale.payments) {
        const QString tender = payment.tender == Tender::Cash ? tr("Cash") : tr("Card");
        b.push_back(columns(tender, (payment.amount + payment.change).toDecimalString()));
        if (!payment.change.isZero())
            b.push_back(columns(tr("Change"), payment.change.toDecimalString()));
        receipt.openDrawer = receipt.openDrawer || payment.tender == Tender::Cash;
    }
    b.push_back(plain(Kind::Rule));
    b.push_back(columns(sale.createdAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), cashierName));
    b.push_back(text(sale.receiptNumber, Align::Centre));
    b.push_back(plain(Kind::Barcode, sale.receiptNumber));
    if (!greeting.firstName.isEmpty()) {
        b.push_back(plain(Kind::Feed));
        b.push_back(text(greeting.visit > 1 ? tr("Thanks, %1 — visit #%2").arg(greeting.firstName).arg(greeting.visit)
                                            : tr("Thanks, %1!").arg(greeting.firstName),
            Align::Centre, true));
    }
    b.push_back(text(tr("Keep this receipt for returns."), Align::Centre));
    for (const QString& line : store.receiptFooter.split(u'\n', Qt::SkipEmptyParts))
        b.push_back(text(line, Align::Centre));
    if (sale.issuedCoupon)
        appendCoupon(b, *sale.issuedCoupon, sale.currency);
    if (!greeting.suggestions.isEmpty()) {
        b.push_back(plain(Kind::Feed));
        b.push_back(text(tr("You may also need:"), Align::Centre, true));
        for (const QString& suggestion : greeting.suggestions)
            b.push_back(text(suggestion, Align::Centre));
    }
    if (greeting.referral)
        appendReferral(b, *greeting.referral, sale.currency);
    if (copy)
        receipt.openDrawer = false; // a reprint hands out no money
    return receipt;
}

} // namespace ss::core
