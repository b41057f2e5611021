// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "sale/CardNumber.h"
#include "sale/Refund.h"
#include "sale/Tendering.h"

using namespace ss::core;

TEST_CASE("Cash gives change — card cannot exceed what is due — split tender adds up", "[core][tender]")
{
    SECTION("cash with change")
    {
        Tendering tendering(Money::fromMinor(1234));
        REQUIRE(tendering.addCash(Money::fromMinor(2000)));
        CHECK(tendering.isComplete());
        CHECK(tendering.change().minor() == 766);
        CHECK(tendering.payments().at(0).amount.minor() == 1234);
        CHECK(tendering.addCash(Money::fromMinor(100)).error().code == ErrorCode::InvalidArgument);
    }
    SECTION("split: cash first, card for the rest")
    {
        Tendering tendering(Money::fromMinor(5999));
        REQUIRE(tendering.addCash(Money::fromMinor(2000)));
        CHECK(tendering.remaining().minor() == 3999);
        CHECK(tendering.addCard(Money::fromMinor(4000)).error().code == ErrorCode::InvalidArgument);
        REQUIRE(tendering.addCard(Money::fromMinor(3999), QStringLiteral(" AUTH42 ")));
        CHECK(tendering.isComplete());
        CHECK(tendering.change().isZero());
        CHECK(tendering.payments().at(1).reference == QStringLiteral("AUTH42"));
        tendering.removeLast();
        CHECK(tendering.remaining().minor() == 3999);
    }
    SECTION("nonsense amounts")
    {
        Tendering tendering(Money::fromMinor(500));
        CHECK_FALSE(tendering.addCash(Money::fromMinor(0)));
        CHECK_FALSE(tendering.addCash(Money::fromMinor(-500)));
        CHECK_FALSE(tendering.addCash(Money::fromMinor(1'000'000'000)));
        CHECK_FALSE(tendering.addCard(Money::fromMinor(0)));
        CHECK(tendering.payments().empty());
    }
}

namespace {
OriginalSale threePaintsAndAKit()
{
    OriginalSale sale;
    sale.uid = QStringLiteral("u1");
    sale.receiptNumber = QStringLiteral("T01-00000042");
    // 3 paints at 3.49 with a 0.10 discount spread on the line: 10.37 paid, VAT inside 1.73.
    sale.lines.push_back({1, QStringLiteral("paint"), QStringLiteral("Humbrol rust"), 3, 0, Money::fromMinor(1037),
        Money::fromMinor(173), Money(), 2000});
    sale.lines.push_back({2, QStringLiteral("kit"), QStringLiteral("Signal box kit"), 1, 0, Money::fromMinor(2499),
        Money::fromMinor(417), Money(), 2000});
    return sale;
}
} // namespace

TEST_CASE("Refunds give back only what was bought, at the price paid", "[core][refund]")
{
    OriginalSale sale = threePaintsAndAKit();
    auto one = refundLines(sale, {{1, 1}});
    REQUIRE(one);
    REQUIRE(one->size() == 1);
    CHECK(one->at(0).quantity == -1);
    CHECK(one->at(0).total.minor() == -346); // 1037 × 1/3 = 345.67 → 346
    CHECK(one->at(0).tax.minor() == -58); // 173 × 346/1037 = 57.7 → 58

    // After one paint came back, the remaining two return exactly what is left of the line.
    sale.lines[0].quantityRefunded = 1;
    sale.lines[0].amountRefunded = Money::fromMinor(346);
    auto rest = refundLines(sale, {{1, 2}, {2, 1}});
    REQUIRE(rest);
    CHECK(rest->at(0).total.minor() == -(1037 - 346));
    CHECK(rest->at(1).total.minor() == -2499);
    CHECK(rest->at(1).tax.minor() == -417);
}

TEST_CASE("Refunds refuse more than was bought, unknown lines, and refunds of refunds", "[core][refund]")
{
    OriginalSale sale = threePaintsAndAKit();
    CHECK(refundLines(sale, {{1, 4}}).error().code == ErrorCode::InvalidArgument);
    CHECK(refundLines(sale, {{1, 0}}).error().code == ErrorCode::InvalidArgument);
    CHECK(refundLines(sale, {{1, -1}}).error().code == ErrorCode::InvalidArgument);
    CHECK(refundLines(sale, {{9, 1}}).error().code == ErrorCode::NotFound);
    CHECK(refundLines(sale, {{1, 1}, {1, 1}}).error().code == ErrorCode::InvalidArgument);
    CHECK(refundLines(sale, {}).error().code == ErrorCode::InvalidArgument);
    sale.lines[1].quantityRefunded = 1;
    CHECK(refundLines(sale, {{2, 1}}).error().code == ErrorCode::InvalidArgument);
    sale.isRefund = true;
    CHECK(refundLines(sale, {{1, 1}}).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("A card number typed as the card reference is refused, never stored", "[core][tender][security]")
{
    // Test card numbers of the schemes, as typed: grouped, hyphenated, inside other words.
    CHECK(looksLikeCardNumber(u"4111111111111111"));
    CHECK(looksLikeCardNumber(u"4111 1111 1111 1111"));
    CHECK(looksLikeCardNumber(u"5555-5555-5555-4444"));
    CHECK(looksLikeCardNumber(u"ref 378282246310005 ok")); // Amex, 15 digits
    CHECK(looksLikeCardNumber(u"6011111111111117"));
    // Terminal references are not card numbers: approval codes, slip numbers, a failed Luhn check.
    CHECK_FALSE(looksLikeCardNumber(u""));
    CHECK_FALSE(looksLikeCardNumber(u"AUTH 123456"));
    CHECK_FALSE(looksLikeCardNumber(u"4111111111111112"));
    CHECK_FALSE(looksLikeCardNumber(u"0000000000000000")); // starts outside 2-6
    CHECK_FALSE(looksLikeCardNumber(u"41111 11111"));
    CHECK_FALSE(looksLikeCardNumber(u"4111  1111 1111 1111")); // two spaces: two short runs

    Tendering tendering(Money::fromMinor(1000));
    const auto refused = tendering.addCard(Money::fromMinor(1000), QStringLiteral("4111 1111 1111 1111"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(tendering.payments().empty());
    REQUIRE(tendering.addCard(Money::fromMinor(1000), QStringLiteral("AUTH 123456")));
    CHECK(tendering.payments().front().reference == QStringLiteral("AUTH 123456"));
}
