// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"

#include <chrono>

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

/// A claim older than this with no sale behind it is abandoned. A sale commits milliseconds after
/// its claim, so ten minutes leaves a wide margin for a slow disk while freeing a coupon the same day.
inline constexpr std::chrono::seconds kAbandonedClaimAge {600};

/// Gives back the coupon codes this till claimed for sales that never committed here: the till
/// crashed or lost power between the claim and the commit. Without this the customer's coupon would
/// stay "used" for ever. A claim is abandoned when it is this till's, older than `olderThan`, the
/// centre has no sale for it, and this store has none either (a sale not yet pushed keeps its
/// claim). Returns how many codes were freed.
[[nodiscard]] core::Result<int> releaseAbandonedClaims(Connection& local, PgConnection& central,
    const TerminalIdentity& identity, std::chrono::seconds olderThan = kAbandonedClaimAge);

} // namespace ss::db::sync
