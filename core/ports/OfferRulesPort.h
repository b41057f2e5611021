// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "offers/Coupon.h"
#include "staff/Role.h"

#include <QFuture>

#include <vector>

namespace ss::core {

/// A rule with what it has done so far, for the owner's offer screen.
struct OfferRuleSummary
{
    OfferRuleRecord rule;
    qint64 issued = 0;
    qint64 redeemed = 0;
};

struct CategoryChoice
{
    QString uid;
    QString name;
};

/// The owner's offer rules. Every call names the acting member of staff; storage refuses anyone
/// but an active owner (PermissionDenied) and audits each change under their name.
class OfferRulesPort
{
public:
    virtual ~OfferRulesPort() = default;
    [[nodiscard]] virtual QFuture<Result<std::vector<OfferRuleSummary>>> rules(const QString& actorUid) = 0;
    /// The catalogue's categories, for follow-up offers.
    [[nodiscard]] virtual QFuture<Result<std::vector<CategoryChoice>>> categories(const QString& actorUid) = 0;
    /// Creates the rule (empty uid) or changes it; InvalidArgument when its terms do not parse.
    [[nodiscard]] virtual QFuture<Result<OfferRuleRecord>> save(const QString& actorUid, const OfferRuleRecord& rule)
        = 0;
};

/// May `role` create, change and pause offer rules? Only the owner: offers are the shop's money.
[[nodiscard]] inline bool mayManageOffers(Role role)
{
    return role == Role::Owner;
}

} // namespace ss::core
