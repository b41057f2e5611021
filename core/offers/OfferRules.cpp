// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferRules.h"

#include "Uid.h"
#include "money/Allocation.h"

#include <algorithm>

namespace ss::core {

std::optional<OfferTerms> parseOfferTerms(const QString& parameters)
{
    OfferTerms terms;
    bool haveDiscount = false;
    for (const QString& line : parameters.split(u'\n', Qt::SkipEmptyParts)) {
        const QString key = line.section(u'=', 0, 0).trimmed();
        if (key == u"fromCategory" || key == u"toCategory") {
            (key == u"fromCategory" ? terms.fromCategory : terms.toCategory) = line.section(u'=', 1).trimmed();
            continue;
        }
        bool ok = false;
        const qint64 number = line.section(u'=', 1).trimmed().toLongLong(&ok);
        if (!ok || number < 0)
            return std::nullopt;
        if (key == u"percentBasisPoints") {
            if (number > 10000)
                return std::nullopt;
            terms.kind = DiscountKind::Percent;
            terms.value = number;
            haveDiscount = true;
        } else if (key == u"amountMinor") {
            terms.kind = DiscountKind::Amount;
            terms.value = number;
            haveDiscount = true;
        } else if (key == u"validDays") {
            if (number < 1 || number > 3660)
                return std::nullopt;
            terms.validDays = static_cast<int>(number);
        } else if (key == u"minimumSpendMinor") {
            terms.minimumSpend = Money::fromMinor(number);
        } else if (key == u"visit") {
            terms.visit = static_cast<int>(std::min<qint64>(number, 100000));
        }
    }
    if (!haveDiscount || terms.value == 0)
        return std::nullopt;
    return terms;
}

std::optional<OfferTerms> parseReferralReward(const QString& parameters)
{
    // The reward is written with its own keys; map them to the plain ones and reuse the one parser.
    QStringList mapped;
    for (const QString& line : parameters.split(u'\n', Qt::SkipEmptyParts)) {
        const QString key = line.section(u'=', 0, 0).trimmed();
        if (key.startsWith(u"reward")) {
            QString plain = key.mid(6);
            plain[0] = plain[0].toLower();
            mapped << plain + u'=' + line.section(u'=', 1);
        }
    }
    return parseOfferTerms(mapped.join(u'\n'));
}

QString formatOfferTerms(const OfferTerms& terms)
{
    QStringList lines;
    lines << (terms.kind == DiscountKind::Percent ? QStringLiteral("percentBasisPoints=%1")
                                                  : QStringLiteral("amountMinor=%1"))
                 .arg(terms.value);
    lines << QStringLiteral("validDays=%1").arg(terms.validDays);
    if (!terms.minimumSpend.isZero())
        lines << QStringLiteral("minimumSpendMinor=%1").arg(terms.minimumSpend.minor());
    if (terms.visit > 0)
        lines << QStringLiteral("visit=%1").arg(terms.visit);
    if (!terms.fromCategory.isEmpty())
        lines << QStringLiteral("fromCategory=%1").arg(terms.fromCategory);
    if (!terms.toCategory.isEmpty())
        lines << QStringLiteral("toCategory=%1").arg(terms.toCategory);
    return lines.join(u'\n');
}

CouponRecord couponFor(const OfferRuleRecord& rule, const OfferTerms& terms, const QDateTime& nowUtc,
    const QString& code, const QString& customerUid)
{
    CouponRecord coupon;
    coupon.uid = newUid();
    coupon.code = code;
    coupon.ruleUid = rule.uid;
    coupon.headline = rule.name;
    coupon.customerUid = customerUid;
    coupon.discountKind = terms.kind;
    coupon.discountValue = terms.value;
    coupon.minimumSpend = terms.minimumSpend;
    coupon.validFromUtc = nowUtc;
    coupon.validUntilUtc = nowUtc.addDays(terms.validDays);
    coupon.categoryUid = terms.toCategory;
    return coupon;
}

std::optional<CouponRecord> sampleCoupon(const OfferRuleRecord& rule, const QDateTime& nowUtc)
{
    if (rule.kind == u"winback" || rule.kind == u"referral" || rule.kind == u"followup") {
        const auto terms = parseOfferTerms(rule.parameters);
        if (!terms)
            return std::nullopt;
        return couponFor(rule, *terms, nowUtc, QStringLiteral("K7M9Q-4XP2R"), QStringLiteral("preview"));
    }
    OfferRuleRecord active = rule;
    active.active = true;
    const OfferContext context {QString(),
        rule.kind == u"milestone" ? parseOfferTerms(rule.parameters).value_or(OfferTerms {}).visit : 1, Money(), nowUtc,
        false, {}};
    auto earned = offersEarned({active}, context, [] { return QStringLiteral("K7M9Q-4XP2R"); });
    if (earned.empty() && rule.kind == u"milestone") {
        // A milestone needs a known customer: preview it as one.
        auto named = context;
        named.customerUid = QStringLiteral("preview");
        earned = offersEarned({active}, named, [] { return QStringLiteral("K7M9Q-4XP2R"); });
    }
    if (earned.empty())
        return std::nullopt;
    return earned.front();
}

std::vector<CouponRecord> offersEarned(const std::vector<OfferRuleRecord>& rules, const OfferContext& context,
    const std::function<QString()>& newCode, int maxPerReceipt)
{
    std::vector<const OfferRuleRecord*> ordered;
    for (const OfferRuleRecord& rule : rules) {
        if (rule.active)
            ordered.push_back(&rule);
    }
    // Highest priority first; among equals, the older rule (stable order for the same data).
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const OfferRuleRecord* a, const OfferRuleRecord* b) { return a->priority > b->priority; });
    std::vector<CouponRecord> earned;
    for (const OfferRuleRecord* rule : ordered) {
        if (static_cast<int>(earned.size()) >= maxPerReceipt)
            break;
        const auto terms = parseOfferTerms(rule->parameters);
        if (!terms)
            continue;
        bool applies = false;
        if (rule->kind == u"comeback")
            applies = context.visitNumber == 1 && !context.redeemsCoupon;
        else if (rule->kind == u"milestone")
            applies = !context.customerUid.isEmpty() && terms->visit > 1 && context.visitNumber == terms->visit;
        else if (rule->kind == u"followup")
            applies = !terms->fromCategory.isEmpty() && !terms->toCategory.isEmpty()
                && context.categoryUids.contains(terms->fromCategory);
        if (!applies)
            continue;
        earned.push_back(couponFor(*rule, *terms, context.nowUtc, newCode(), context.customerUid));
    }
    return earned;
}

std::optional<CouponRefusal> couponRefusal(const CouponState& state, const QDateTime& nowUtc, Money cartTotal)
{
    if (state.voided)
        return CouponRefusal::Voided;
    if (state.redeemedAtUtc.isValid())
        return CouponRefusal::AlreadyRedeemed;
    if (nowUtc > state.coupon.validUntilUtc)
        return CouponRefusal::Expired;
    if (nowUtc < state.coupon.validFromUtc)
        return CouponRefusal::NotYetValid;
    if (cartTotal < state.coupon.minimumSpend)
        return CouponRefusal::MinimumSpend;
    return std::nullopt;
}

Money couponDiscount(const CouponRecord& coupon, Money total)
{
    if (total.minor() <= 0)
        return {};
    const qint64 off = coupon.discountKind == DiscountKind::Percent
        ? divideRoundHalfAwayFromZero(total.minor() * coupon.discountValue, 10000)
        : coupon.discountValue;
    return Money::fromMinor(std::min(off, total.minor()));
}

} // namespace ss::core
