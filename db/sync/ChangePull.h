// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

struct PullResult
{
    int received = 0; ///< Other tills' changes read from the centre in this round.
    int applied = 0; ///< Of those, applied here (sales stay central: they are the other till's).
    int skipped = 0; ///< Refused by this store's rules (a clashing SKU, say); the reason is in lastProblem.
    QString lastProblem;
};

/// Applies up to `batch` of other tills' changes the centre has and this till has not seen, in the
/// centre's order, in one local transaction that also moves the bookmark, so a crash half-way
/// applies nothing and the next round starts again at the same place. Applying is idempotent.
/// Changes applied here are not sent back: they leave nothing in the outbox.
[[nodiscard]] core::Result<PullResult> pullChanges(
    Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch);

/// Copies the centre's double-redemption reports (both receipts) into this store for the owner.
[[nodiscard]] core::Result<int> pullCouponConflicts(Connection& local, PgConnection& central);

} // namespace ss::db::sync
