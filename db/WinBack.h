// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "offers/WinBack.h"

#include <QDateTime>

namespace ss::db {

/// Lapsed customers to invite back on `channel` ("email", "sms", "post"): their last purchase is
/// older than `lapsedDays`, their latest answer on that channel (merged records' included) is yes,
/// and there is an address for it. With `issue`, each gets a single-use coupon of the shop's active
/// win-back offer, bound to them, in one transaction with an audit entry. Returns the CSV for the
/// shop's mail tool (formula-safe): number, first name, last name, address, last visit, visits,
/// spent, coupon code, valid until.
struct WinBackList
{
    QByteArray csv;
    int customers = 0;
    int couponsIssued = 0;
    std::vector<core::WinBackInvitation> invitations; ///< The same people, for letters.
};

[[nodiscard]] core::Result<WinBackList> winBackList(
    Connection& connection, int lapsedDays, const QString& channel, bool issue, const QDateTime& nowUtc);

} // namespace ss::db
