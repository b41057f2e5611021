// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangePull.h"
#include "ChangePush.h"
#include "sync/SyncStatus.h"

namespace ss::db::sync {

struct RoundResult
{
    int pushed = 0;
    int accepted = 0;
    PullResult pulled;
    int claimsFreed = 0; ///< coupons given back: claimed here for a sale that never committed
};

/// One sync round: everything pending goes up (in batches), abandoned coupon claims are given back,
/// everything new comes down, then the double-redemption reports. The outcome (time or error) is
/// written to sync_state either way.
[[nodiscard]] core::Result<RoundResult> syncRound(
    Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch = 500);

/// Notes a round that could not start (no connection) in sync_state, for the status line.
[[nodiscard]] core::Result<void> noteSyncFailure(Connection& local, const QString& reason);

/// The status line's figures, from this store alone (works offline).
[[nodiscard]] core::Result<core::SyncStatus> readSyncStatus(Connection& local);

} // namespace ss::db::sync
