// SPDX-License-Identifier: GPL-3.0-or-later
// Coupon codes (check character, keyed MAC) and the offer rules, at fixed times.
#include "TestSupport.h"
#include "offers/CouponCode.h"
#include "offers/OfferRules.h"

using namespace ss::core;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789abcdef-shop-secret");

OfferRuleRecord rule(const QString& kind, const QString& parameters, int priority, const QString& name = {})
{
    OfferRuleRecord r;
    r.uid = kind + QString::number(priority);
    r.kind = kind;
    r.name = name.isEmpty() ? kind : name;
    r.parameters = parameters;
    r.priority = priority;
    return r;
}

const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

} // namespace

TEST_CASE("Coupon codes: every single mistyped character is caught, forgeries are refused", "[core][offers]")
{
    const QString alphabet = QString::fromUtf16(couponcode::kAlphabet);
    for (int n = 0; n < 200; ++n) {
        const QString code = couponcode::generate(kKey);
        REQUIRE(code.size() == 11);
        REQUIRE(code.at(5) == u'-');
        REQUIRE(couponcode::verify(code, kKey) == code);
        CHECK(couponcode::verify(code.toLower().replace(u'-', u' '), kKey) == code); // typed casually
        CHECK(couponcode::looksLikeCode(code));
        // Every position, every other character: all refused before the MAC, as typos.
        for (int position : {0, 1, 2, 3, 4, 6, 7, 8, 9, 10}) {
            for (QChar replacement : alphabet) {
                if (replacement == code.at(position))
                    continue;
                QString typo = code;
                typo[position] = replacement;
                const auto result = couponcode::verify(typo, kKey);
                REQUIRE_FALSE(result);
                REQUIRE(result.error() == couponcode::Problem::Mistyped);
            }
        }
        for (int position = 0; position + 1 < 11; ++position) { // swapped neighbours, hyphen aside
            if (position == 4 || position == 5 || code.at(position) == code.at(position + 1))
                continue;
            QString swapped = code;
            std::swap(swapped[position], swapped[position + 1]);
            REQUIRE(couponcode::verify(swapped, kKey).error() == couponcode::Problem::Mistyped);
        }
        CHECK(couponcode::verify(code, QByteArrayLiteral("another shop's key")).error() == couponcode::Problem::Forged);
    }
    CHECK(couponcode::verify(u"O0I1L-ABCDE"_qs, kKey).error() == couponcode::Problem::Malformed);
    CHECK(couponcode::verify(u"4006381333931"_qs, kKey).error() == couponcode::Problem::Malformed);
    CHECK_FALSE(couponcode::looksLikeCode(u"T01-00000042"_qs));
}

TEST_CASE("Offer rules: a come-back coupon after a first purchase, a milestone on its visit, priority and cap",
    "[core][offers]")
{
    int codes = 0;
    const auto newCode = [&] { return QStringLiteral("CODE%1").arg(++codes); };
    const std::vector<OfferRuleRecord> rules = {
        rule(u"comeback"_qs, u"percentBasisPoints=1000\nvalidDays=60\nminimumSpendMinor=1000"_qs, 10, u"Come back"_qs),
        rule(u"milestone"_qs, u"amountMinor=500\nvisit=5\nvalidDays=30"_qs, 20, u"Fifth visit"_qs),
        rule(u"comeback"_qs, u"percentBasisPoints=banana"_qs, 30), // inert: a bad value
    };

    // An anonymous first-time buyer still gets the come-back coupon.
    auto anonymous = offersEarned(rules, {{}, 1, Money::fromMinor(2500), kNow}, newCode);
    REQUIRE(anonymous.size() == 1);
    CHECK(anonymous[0].headline == u"Come back"_qs);
    CHECK(anonymous[0].discountValue == 1000);
    CHECK(anonymous[0].minimumSpend == Money::fromMinor(1000));
    CHECK(anonymous[0].validUntilUtc == kNow.addDays(60));
    CHECK(anonymous[0].customerUid.isEmpty());

    CHECK(offersEarned(rules, {u"c1"_qs, 2, Money::fromMinor(2500), kNow}, newCode).empty());
    CHECK(offersEarned(rules, {{}, 1, Money::fromMinor(2500), kNow, true}, newCode).empty()); // a redeemer is back
    auto fifth = offersEarned(rules, {u"c1"_qs, 5, Money::fromMinor(2500), kNow}, newCode);
    REQUIRE(fifth.size() == 1);
    CHECK(fifth[0].discountKind == DiscountKind::Amount);
    CHECK(fifth[0].customerUid == u"c1"_qs);

    // Both apply (a first visit that is also "visit 1" milestone is not possible, so use two come-backs):
    std::vector<OfferRuleRecord> two = {rule(u"comeback"_qs, u"percentBasisPoints=500"_qs, 1, u"Low"_qs),
        rule(u"comeback"_qs, u"percentBasisPoints=1500"_qs, 9, u"High"_qs)};
    auto capped = offersEarned(two, {u"c2"_qs, 1, Money::fromMinor(100), kNow}, newCode, 1);
    REQUIRE(capped.size() == 1);
    CHECK(capped[0].headline == u"High"_qs);
    CHECK(offersEarned(two, {u"c2"_qs, 1, Money::fromMinor(100), kNow}, newCode, 2).size() == 2);
    two[1].active = false;
    CHECK(offersEarned(two, {u"c2"_qs, 1, Money::fromMinor(100), kNow}, newCode, 2).front().headline == u"Low"_qs);
}

TEST_CASE("A coupon is refused with the precise reason, and never discounts more than the sale", "[core][offers]")
{
    CouponState state;
    state.coupon.discountKind = DiscountKind::Percent;
    state.coupon.discountValue = 1000;
    state.coupon.minimumSpend = Money::fromMinor(1000);
    state.coupon.validFromUtc = kNow.addDays(-10);
    state.coupon.validUntilUtc = kNow.addDays(20);
    CHECK_FALSE(couponRefusal(state, kNow, Money::fromMinor(1500)));
    CHECK(couponRefusal(state, kNow, Money::fromMinor(999)) == CouponRefusal::MinimumSpend);
    CHECK(couponRefusal(state, kNow.addDays(21), Money::fromMinor(1500)) == CouponRefusal::Expired);
    CHECK(couponRefusal(state, kNow.addDays(-11), Money::fromMinor(1500)) == CouponRefusal::NotYetValid);
    state.redeemedAtUtc = kNow.addDays(-1);
    CHECK(couponRefusal(state, kNow, Money::fromMinor(1500)) == CouponRefusal::AlreadyRedeemed);
    state.redeemedAtUtc = {};
    state.voided = true;
    CHECK(couponRefusal(state, kNow, Money::fromMinor(1500)) == CouponRefusal::Voided);

    CHECK(couponDiscount(state.coupon, Money::fromMinor(1995)) == Money::fromMinor(200)); // 199.5 → 200
    CouponRecord amount;
    amount.discountKind = DiscountKind::Amount;
    amount.discountValue = 500;
    CHECK(couponDiscount(amount, Money::fromMinor(300)) == Money::fromMinor(300));
}
