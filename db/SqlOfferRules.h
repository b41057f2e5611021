// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "Clock.h"
#include "ports/OfferRulesPort.h"

namespace ss::db {

class Connection;

class DbWorker;

/// Offer rules on the database thread, for the owner's screen.
class SqlOfferRules final : public core::OfferRulesPort
{
public:
    SqlOfferRules(DbWorker& worker, const core::Clock& clock);

    QFuture<core::Result<std::vector<core::OfferRuleSummary>>> rules(const QString& actorUid) override;
    QFuture<core::Result<std::vector<core::CategoryChoice>>> categories(const QString& actorUid) override;
    QFuture<core::Result<core::OfferRuleRecord>> save(
        const QString& actorUid, const core::OfferRuleRecord& rule) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
};

/// The active rule of `kind` with the highest priority (the one the till applies), if any.
[[nodiscard]] core::Result<std::optional<core::OfferRuleRecord>> activeOfferRule(
    Connection& connection, const QString& kind);

} // namespace ss::db
