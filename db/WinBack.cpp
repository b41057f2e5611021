// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinBack.h"

#include "FreshCodes.h"
#include "SqlOfferRules.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "export/Csv.h"
#include "offers/OfferRules.h"

#include <vector>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

struct Lapsed
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString address;
    QString lastVisit;
    qint64 visits = 0;
    qint64 spentMinor = 0;
};

Result<std::vector<Lapsed>> lapsedWithConsent(Connection& connection, const QString& channel, const QString& cutoff)
{
    const std::string address = channel == u"email" ? "c.email" : channel == u"sms" ? "c.phone_e164" : "c.postcode";
    // Latest answer on the channel over the record and any records merged into it (the ledger cannot
    // move, so a merged duplicate's consent still speaks for the customer).
    auto statement = Statement::prepare(connection,
        "SELECT c.id, coalesce(c.first_name, ''), coalesce(c.last_name, ''), " + address
            + ", max(s.created_at), count(*), sum(s.total_minor) FROM customers c"
              " JOIN sales s ON s.customer_id = c.id AND s.kind = 'sale'"
              " WHERE c.erased_at IS NULL AND coalesce("
            + address
            + ", '') <> '' AND (SELECT k.granted FROM consents k WHERE k.channel = ?2 AND k.customer_id IN"
              " (SELECT id FROM customers WHERE id = c.id OR merged_into = c.id)"
              " ORDER BY k.recorded_at DESC, k.id DESC LIMIT 1) = 1"
              " GROUP BY c.id HAVING max(s.created_at) < ?1 ORDER BY max(s.created_at)");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, cutoff).bind(2, channel);
    std::vector<Lapsed> found;
    auto read = statement->forEach([&](const Statement& row) {
        found.push_back({row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4),
            row.columnInt(5), row.columnInt(6)});
    });
    if (!read)
        return std::unexpected(read.error());
    return found;
}

} // namespace

Result<WinBackList> winBackList(
    Connection& connection, int lapsedDays, const QString& channel, bool issue, const QDateTime& nowUtc)
{
    if (channel != u"email" && channel != u"sms" && channel != u"post")
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("channel is email, sms or post"));
    if (lapsedDays < 1)
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("lapsed days must be at least 1"));
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto lapsed = lapsedWithConsent(connection, channel, core::toStorageTime(nowUtc.addDays(-lapsedDays)));
    if (!lapsed)
        return std::unexpected(lapsed.error());

    std::optional<core::OfferRuleRecord> rule;
    std::optional<core::OfferTerms> terms;
    std::optional<FreshCodes> codes;
    if (issue) {
        auto found = activeOfferRule(connection, QStringLiteral("winback"));
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return core::fail(ErrorCode::NotFound, QStringLiteral("no active win-back offer: create one first"));
        rule = *found;
        terms = core::parseOfferTerms(rule->parameters);
        if (!terms)
            return core::fail(ErrorCode::InvalidArgument, QStringLiteral("the win-back offer's terms do not parse"));
        auto fresh = FreshCodes::create(connection);
        if (!fresh)
            return std::unexpected(fresh.error());
        codes.emplace(std::move(*fresh));
    }
    auto insert = Statement::prepare(connection,
        "INSERT INTO coupons(uid, code, rule_id, customer_id, discount_kind, discount_value, min_spend_minor,"
        " valid_from, valid_until, created_at) VALUES (?1, ?2, (SELECT id FROM offer_rules WHERE uid = ?3), ?4, ?5,"
        " ?6, ?7, ?8, ?9, ?8)");
    if (!insert)
        return std::unexpected(insert.error());

    WinBackList list;
    list.csv = core::csvRow({QStringLiteral("number"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        channel, QStringLiteral("last_visit"), QStringLiteral("visits"), QStringLiteral("spent_minor"),
        QStringLiteral("coupon"), QStringLiteral("coupon_valid_until")});
    for (const Lapsed& customer : *lapsed) {
        QString code;
        QString until;
        core::WinBackInvitation invitation {customer.id, customer.firstName, customer.lastName, customer.address,
            core::fromStorageTime(customer.lastVisit).date(), customer.visits, customer.spentMinor, std::nullopt};
        if (rule) {
            auto fresh = codes->next();
            if (!fresh)
                return std::unexpected(fresh.error());
            const core::CouponRecord coupon = core::couponFor(*rule, *terms, nowUtc, *fresh, QString());
            insert->bind(1, coupon.uid).bind(2, coupon.code).bind(3, rule->uid).bind(4, customer.id);
            insert->bind(5, core::discountKindKey(coupon.discountKind)).bind(6, coupon.discountValue);
            insert->bind(7, coupon.minimumSpend).bind(8, coupon.validFromUtc).bind(9, coupon.validUntilUtc);
            if (auto r = insert->run(); !r)
                return std::unexpected(r.error());
            code = coupon.code;
            until = coupon.validUntilUtc.toString(QStringLiteral("yyyy-MM-dd"));
            ++list.couponsIssued;
            invitation.coupon = coupon;
        }
        list.invitations.push_back(std::move(invitation));
        list.csv += core::csvRow({QString::number(customer.id), customer.firstName, customer.lastName, customer.address,
            customer.lastVisit.left(10), QString::number(customer.visits), QString::number(customer.spentMinor), code,
            until});
        ++list.customers;
    }
    auto audit = Statement::prepare(
        connection, "INSERT INTO audit_log(uid, at, action, detail) VALUES (?1, ?2, 'winback_list', ?3)");
    if (!audit)
        return std::unexpected(audit.error());
    if (auto r = audit->bind(1, core::newUid())
                     .bind(2, nowUtc)
                     .bind(3,
                         QStringLiteral("channel=%1 lapsed_days=%2 customers=%3 coupons=%4")
                             .arg(channel)
                             .arg(lapsedDays)
                             .arg(list.customers)
                             .arg(list.couponsIssued))
                     .run();
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return list;
}

} // namespace ss::db
