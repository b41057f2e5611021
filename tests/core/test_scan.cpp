// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "sale/CartCodec.h"
#include "scan/KeyBurstClassifier.h"
#include "scan/ProductCode.h"

using namespace ss::core;
using Verdict = KeyBurstClassifier::Verdict;

TEST_CASE("Scanner bursts are told from typing by timing", "[core][scan]")
{
    SECTION("a burst ended by Return is a scan")
    {
        KeyBurstClassifier classifier;
        qint64 t = 1000;
        for (QChar c : QStringLiteral("5012345678900")) {
            CHECK(classifier.character(c, t) == Verdict::Hold);
            t += 4;
        }
        CHECK(classifier.terminator(t) == Verdict::Scan);
        CHECK(classifier.takeScanned() == QStringLiteral("5012345678900"));
        CHECK(classifier.held().isEmpty());
    }
    SECTION("typing is released key by key")
    {
        KeyBurstClassifier classifier;
        CHECK(classifier.character(u'r', 0) == Verdict::Hold);
        CHECK(classifier.character(u'u', 120) == Verdict::Release); // the caller releases "r" and offers "u" again
        CHECK(classifier.held() == QStringLiteral("r"));
        classifier.clear();
        CHECK(classifier.character(u'u', 120) == Verdict::Hold);
        CHECK(classifier.terminator(400) == Verdict::Release);
    }
    SECTION("a short burst (three keys) is not a scan")
    {
        KeyBurstClassifier classifier;
        for (QChar c : QStringLiteral("123"))
            (void)classifier.character(c, 10);
        CHECK(classifier.terminator(12) == Verdict::Release);
    }
    SECTION("a burst that pauses mid-way is not a scan")
    {
        KeyBurstClassifier classifier;
        qint64 t = 0;
        for (QChar c : QStringLiteral("50123")) {
            (void)classifier.character(c, t);
            t += 3;
        }
        CHECK(classifier.terminator(t + 200) == Verdict::Release);
    }
    SECTION("a runaway burst (stuck key, pasted text) stops being held")
    {
        KeyBurstClassifier classifier;
        int held = 0;
        for (int i = 0; i < 5000; ++i) {
            if (classifier.character(u'7', i) == Verdict::Hold)
                ++held;
            else
                break;
        }
        CHECK(held == KeyBurstClassifier::kMaxLength);
    }
}

TEST_CASE("Scanned codes are normalised before the look-up", "[core][scan]")
{
    CHECK(normaliseProductCode(QStringLiteral("  4006381333931 ")).value() == QStringLiteral("4006381333931"));
    CHECK(normaliseProductCode(QStringLiteral("036000291452")).value() == QStringLiteral("0036000291452")); // UPC-A
    CHECK(normaliseProductCode(QStringLiteral("00036000291452")).value() == QStringLiteral("0036000291452")); // GTIN-14
    CHECK(normaliseProductCode(QStringLiteral("96385074")).value() == QStringLiteral("96385074"));
    CHECK(normaliseProductCode(QStringLiteral("PNT-000123")).value() == QStringLiteral("PNT-000123"));
    CHECK(normaliseProductCode(QStringLiteral("12345")).value() == QStringLiteral("12345"));

    CHECK(normaliseProductCode(QStringLiteral("4006381333932")).error().code == ErrorCode::InvalidArgument);
    CHECK(normaliseProductCode(QString()).error().code == ErrorCode::InvalidArgument);
    CHECK(normaliseProductCode(QString(4096, u'9')).error().code == ErrorCode::InvalidArgument); // a 4 KB "barcode"
    CHECK(normaliseProductCode(QStringLiteral("50\x01\x02")).error().code == ErrorCode::InvalidArgument);
    CHECK(normaliseProductCode(QStringLiteral("\x1b[2J")).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A suspended cart round-trips through JSON and refuses garbage", "[core][suspend]")
{
    Cart cart;
    const ProductSnapshot paint {QStringLiteral("u-paint"), QStringLiteral("PNT-1"), QStringLiteral("5012345678900"),
        QStringLiteral("Humbrol \"Rust\" 14 ml — ÿ"), Money::fromMinor(349), 2000, true};
    const ProductSnapshot book {QStringLiteral("u-book"), QStringLiteral("MAG-1"), {}, QStringLiteral("Model Rail"),
        Money::fromMinor(599), 0, true};
    REQUIRE(cart.addProduct(paint, 3));
    REQUIRE(cart.addProduct(book));
    REQUIRE(cart.overridePrice(1, Money::fromMinor(450), Role::Manager));
    REQUIRE(cart.setLineDiscount(0, {DiscountKind::Amount, 47}, Role::Cashier));
    REQUIRE(cart.setSaleDiscount({DiscountKind::Percent, 500}, Role::Cashier));

    auto restored = decodeCart(encodeCart(cart));
    REQUIRE(restored);
    CHECK(restored->totals().total == cart.totals().total);
    CHECK(restored->totals().tax == cart.totals().tax);
    REQUIRE(restored->lines().size() == 2);
    CHECK(restored->lines()[0].product.name == paint.name);
    CHECK(restored->lines()[1].priceOverride.value() == Money::fromMinor(450));

    CHECK(decodeCart(QByteArrayLiteral("not json")).error().code == ErrorCode::InvalidArgument);
    CHECK(decodeCart(QByteArrayLiteral("{\"version\":9,\"lines\":[]}")).error().code == ErrorCode::InvalidArgument);
    CHECK(decodeCart(
              QByteArrayLiteral("{\"version\":1,\"lines\":[{\"uid\":\"x\",\"price\":\"100\",\"quantity\":\"-4\"}]}"))
              .error()
              .code
        == ErrorCode::InvalidArgument);
    CHECK(decodeCart(QByteArrayLiteral("{\"version\":1,\"lines\":[{\"uid\":\"x\",\"price\":\"100\",\"quantity\":\"1\","
                                       "\"discount\":{\"kind\":\"amount\",\"value\":\"999\"}}]}"))
              .error()
              .code
        == ErrorCode::InvalidArgument);
}
