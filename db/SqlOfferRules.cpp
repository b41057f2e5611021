// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlOfferRules.h"

#include "ActingStaff.h"

#include "DbWorker.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "offers/OfferRules.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

Result<qint64> requireOwner(Connection& connection, const QString& actorUid)
{
    return requireActingStaff(connection, actorUid, core::mayManageOffers, "offer rules are the owner's");
}

} // namespace

SqlOfferRules::SqlOfferRules(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
{ }

QFuture<Result<std::vector<core::OfferRuleSummary>>> SqlOfferRules::rules(const QString& actorUid)
{
    return m_worker.run<std::vector<core::OfferRuleSummary>>(
        [actorUid](Connection& connection) -> Result<std::vector<core::OfferRuleSummary>> {
            if (auto owner = requireOwner(connection, actorUid); !owner)
                return std::unexpected(owner.error());
            auto statement = Statement::prepare(connection,
                "SELECT r.uid, r.kind, r.name, r.parameters, r.priority, r.active, r.created_at,"
                // From the per-day offer figures: a few hundred rows, not the whole coupon ledger.
                " (SELECT coalesce(sum(d.issued), 0) FROM offer_days d WHERE d.rule_id = r.id),"
                " (SELECT coalesce(sum(d.redeemed), 0) FROM offer_days d WHERE d.rule_id = r.id)"
                " FROM offer_rules r ORDER BY r.priority DESC, r.id");
            if (!statement)
                return std::unexpected(statement.error());
            std::vector<core::OfferRuleSummary> found;
            auto read = statement->forEach([&](const Statement& row) {
                core::OfferRuleSummary summary;
                summary.rule.uid = row.columnText(0);
                summary.rule.kind = row.columnText(1);
                summary.rule.name = row.columnText(2);
                summary.rule.parameters = row.columnText(3);
                summary.rule.priority = static_cast<int>(row.columnInt(4));
                summary.rule.active = row.columnInt(5) != 0;
                summary.rule.createdAtUtc = core::fromStorageTime(row.columnText(6));
                summary.issued = row.columnInt(7);
                summary.redeemed = row.columnInt(8);
                found.push_back(std::move(summary));
            });
            if (!read)
                return std::unexpected(read.error());
            return found;
        });
}

QFuture<Result<std::vector<core::CategoryChoice>>> SqlOfferRules::categories(const QString& actorUid)
{
    return m_worker.run<std::vector<core::CategoryChoice>>(
        [actorUid](Connection& connection) -> Result<std::vector<core::CategoryChoice>> {
            if (auto owner = requireOwner(connection, actorUid); !owner)
                return std::unexpected(owner.error());
            auto statement
                = Statement::prepare(connection, "SELECT uid, name FROM categories ORDER BY name COLLATE NOCASE");
            if (!statement)
                return std::unexpected(statement.error());
            std::vector<core::CategoryChoice> found;
            auto read = statement->forEach([&](const Statement& row) {
                found.push_back({row.columnText(0), row.columnText(1)});
            });
            if (!read)
                return std::unexpected(read.error());
            return found;
        });
}

QFuture<Result<core::OfferRuleRecord>> SqlOfferRules::save(const QString& actorUid, const core::OfferRuleRecord& rule)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<core::OfferRuleRecord>(
        [actorUid, rule, now](Connection& connection) -> Result<core::OfferRuleRecord> {
            if (rule.kind != u"comeback" && rule.kind != u"milestone" && rule.kind != u"winback"
                && rule.kind != u"referral" && rule.kind != u"followup" && rule.kind != u"addon")
                return core::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown rule kind"));
            // An add-on rule prints suggestions, not a coupon: it has no discount to parse.
            if (rule.name.trimmed().isEmpty() || (rule.kind != u"addon" && !core::parseOfferTerms(rule.parameters)))
                return core::fail(ErrorCode::InvalidArgument, QStringLiteral("the rule's name or terms are not valid"));
            auto transaction = Transaction::begin(connection);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto owner = requireOwner(connection, actorUid);
            if (!owner)
                return std::unexpected(owner.error());
            core::OfferRuleRecord saved = rule;
            saved.name = rule.name.trimmed().left(80);
            const bool created = saved.uid.isEmpty();
            if (created) {
                saved.uid = core::newUid();
                saved.createdAtUtc = now;
            }
            auto write = Statement::prepare(connection,
                created ? "INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        : "UPDATE offer_rules SET kind = ?2, name = ?3, parameters = ?4, priority = ?5, active = ?6"
                          " WHERE uid = ?1");
            if (!write)
                return std::unexpected(write.error());
            write->bind(1, saved.uid).bind(2, saved.kind).bind(3, saved.name).bind(4, saved.parameters);
            write->bind(5, saved.priority).bind(6, saved.active);
            if (created)
                write->bind(7, now);
            if (auto r = write->run(); !r)
                return std::unexpected(r.error());
            if (!created && connection.changes() != 1)
                return core::fail(ErrorCode::NotFound, QStringLiteral("no such rule"));
            auto audit = Statement::prepare(
                connection, "INSERT INTO audit_log(uid, at, cashier_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
            if (!audit)
                return std::unexpected(audit.error());
            audit->bind(1, core::newUid()).bind(2, now).bind(3, *owner);
            audit->bind(4, created ? QStringLiteral("offer_created") : QStringLiteral("offer_changed"))
                .bind(5, QStringLiteral("rule uid=%1 active=%2").arg(saved.uid).arg(saved.active ? 1 : 0));
            if (auto r = audit->run(); !r)
                return std::unexpected(r.error());
            if (auto r = transaction->commit(); !r)
                return std::unexpected(r.error());
            return saved;
        });
}

Result<std::optional<core::OfferRuleRecord>> activeOfferRule(Connection& connection, const QString& kind)
{
    auto statement = Statement::prepare(connection,
        "SELECT uid, kind, name, parameters, priority FROM offer_rules WHERE kind = ?1 AND active = 1"
        " ORDER BY priority DESC, id LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, kind);
    std::optional<core::OfferRuleRecord> rule;
    auto read = statement->forEach([&](const Statement& row) {
        rule = core::OfferRuleRecord {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
            static_cast<int>(row.columnInt(4)), true, {}};
    });
    if (!read)
        return std::unexpected(read.error());
    return rule;
}

} // namespace ss::db
