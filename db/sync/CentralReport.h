// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "ports/ReportsPort.h"

namespace ss::db::sync {

/// The owner's repeat-customer figures over every till that syncs, from the central store: the
/// sales of all shops (or of one: `shop`, empty for all), the consent ledger and the coupons. The
/// figures come out of the same core rules the till's own dashboard uses (orderNumbers, summarise,
/// saleContribution, computeRepeatReport), so one till's figures are the same either way. With a
/// shop chosen, a customer's first purchase is their first in that shop. Offers per rule and the
/// per-cashier table stay on each till (rules and staff are each till's own).
[[nodiscard]] core::Result<core::reports::RepeatReport> loadCentralRepeatReport(
    PgConnection& central, const core::RepeatReportRequest& request, const QString& shop = {});

/// The shops that have synced, for the filter.
[[nodiscard]] core::Result<QStringList> centralShops(PgConnection& central);

} // namespace ss::db::sync
