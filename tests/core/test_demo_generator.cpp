// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingDemoSink.h"
#include "TestSupport.h"
#include "catalog/Gtin.h"
#include "demo/DemoStoreGenerator.h"
#include "offers/CouponCode.h"

#include <QHash>
#include <QSet>

using namespace ss::core;
using ss::test::RecordingDemoSink;

namespace {
DemoOptions smallOptions(quint64 seed = 7)
{
    DemoOptions options;
    options.seed = seed;
    options.products = 120;
    options.customers = 200;
    options.months = 18;
    options.lastDay = QDate(2026, 11, 22);
    return options;
}
} // namespace

TEST_CASE("The demo store is the same for the same seed and different for another", "[core][demo]")
{
    RecordingDemoSink first, second, other;
    REQUIRE(generateDemoStore(smallOptions(7), first));
    REQUIRE(generateDemoStore(smallOptions(7), second));
    REQUIRE(generateDemoStore(smallOptions(8), other));
    CHECK(first.fingerprint.result() == second.fingerprint.result());
    CHECK(first.fingerprint.result() != other.fingerprint.result());
}

TEST_CASE("Demo products have unique SKUs and valid, unique EAN-13 barcodes", "[core][demo]")
{
    RecordingDemoSink sink;
    REQUIRE(generateDemoStore(smallOptions(), sink));
    REQUIRE(sink.products.size() == 120);
    QSet<QString> skus, barcodes;
    for (const ProductRecord& product : sink.products) {
        INFO(product.barcode);
        CHECK(product.barcode.size() == 13);
        CHECK(isValidGtin(product.barcode));
        CHECK(product.price.minor() > 0);
        CHECK(product.cost < product.price);
        skus.insert(product.sku);
        barcodes.insert(product.barcode);
    }
    CHECK(skus.size() == 120);
    CHECK(barcodes.size() == 120);
    CHECK(sink.cashierPins.size() == 3);
}

TEST_CASE("Every demo sale balances to the minor unit", "[core][demo]")
{
    RecordingDemoSink sink;
    REQUIRE(generateDemoStore(smallOptions(), sink));
    REQUIRE_FALSE(sink.sales.empty());
    qint64 previousMs = 0;
    qint64 sequence = 0;
    const QDateTime start(QDate(2025, 5, 23), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    for (const SaleRecord& sale : sink.sales) {
        INFO(sale.receiptNumber);
        CHECK(sale.receiptNumber == formatReceiptNumber(QStringLiteral("T01"), ++sequence));
        CHECK(sale.createdAtUtc.toMSecsSinceEpoch() >= previousMs);
        previousMs = sale.createdAtUtc.toMSecsSinceEpoch();
        CHECK(sale.createdAtUtc >= start);
        CHECK(sale.createdAtUtc < end);
        Money lineTotals, lineTax, paid;
        for (const SaleLineRecord& line : sale.lines) {
            CHECK(line.quantity > 0);
            CHECK(line.total == line.unitPrice * line.quantity - line.discount);
            CHECK(line.tax == inclusiveTax(line.total, line.taxRateBasisPoints));
            lineTotals += line.total;
            lineTax += line.tax;
        }
        for (const PaymentRecord& payment : sale.payments) {
            CHECK_FALSE(payment.change.isNegative());
            paid += payment.amount;
        }
        CHECK(sale.total == sale.subtotal - sale.discount);
        CHECK(lineTotals == sale.total);
        CHECK(lineTax == sale.tax);
        CHECK(paid == sale.total);
    }
}

TEST_CASE("Demo customers behave like real ones: one-timers, returners, regulars, lapsed", "[core][demo]")
{
    RecordingDemoSink sink;
    DemoOptions options = smallOptions();
    options.customers = 400;
    REQUIRE(generateDemoStore(options, sink));
    QHash<QString, std::vector<QDateTime>> visits;
    int anonymous = 0;
    for (const SaleRecord& sale : sink.sales) {
        if (sale.customerUid.isEmpty())
            ++anonymous;
        else
            visits[sale.customerUid].push_back(sale.createdAtUtc);
    }
    REQUIRE(visits.size() == 400);
    const QDateTime lastDay(options.lastDay, QTime(23, 59), Qt::UTC);
    int oneTime = 0, returned = 0, regulars = 0, lapsed = 0;
    for (const auto& times : visits) {
        if (times.size() == 1)
            ++oneTime;
        else
            ++returned;
        if (times.size() >= 6 && times.back().daysTo(lastDay) < 60)
            ++regulars;
        if (times.size() >= 3 && times.back().daysTo(lastDay) > 120)
            ++lapsed;
    }
    const double repeatRate = static_cast<double>(returned) / 400.0;
    INFO("one-time " << oneTime << ", returned " << returned << ", regulars " << regulars << ", lapsed " << lapsed);
    CHECK(repeatRate > 0.35);
    CHECK(repeatRate < 0.75);
    CHECK(regulars > 20);
    CHECK(lapsed > 20);
    CHECK(anonymous > 0);
}

TEST_CASE("Demo come-back coupons are unique and redeemed once, by their owner, in time", "[core][demo]")
{
    RecordingDemoSink sink;
    REQUIRE(generateDemoStore(smallOptions(), sink));
    QHash<QString, CouponRecord> issued;
    int redeemed = 0;
    for (const SaleRecord& sale : sink.sales) {
        if (!sale.redeemedCouponCode.isEmpty()) {
            REQUIRE(issued.contains(sale.redeemedCouponCode));
            const CouponRecord coupon = issued.take(sale.redeemedCouponCode); // take: a second use would fail
            CHECK(coupon.customerUid == sale.customerUid);
            CHECK(sale.createdAtUtc <= coupon.validUntilUtc);
            CHECK(sale.subtotal >= coupon.minimumSpend);
            CHECK(sale.discount.minor() > 0);
            ++redeemed;
        }
        if (sale.issuedCoupon) {
            CHECK_FALSE(issued.contains(sale.issuedCoupon->code));
            // Real codes under the store's key: an open demo coupon can be redeemed at the till.
            CHECK(couponcode::verify(sale.issuedCoupon->code, sink.couponKey()) == sale.issuedCoupon->code);
            issued.insert(sale.issuedCoupon->code, *sale.issuedCoupon);
        }
    }
    CHECK(redeemed > 0);
}

TEST_CASE("Demo options out of range are refused", "[core][demo]")
{
    RecordingDemoSink sink;
    DemoOptions options = smallOptions();
    options.lastDay = QDate();
    auto result = generateDemoStore(options, sink);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidArgument);
    options = smallOptions();
    options.products = 0;
    CHECK_FALSE(generateDemoStore(options, sink));
}
