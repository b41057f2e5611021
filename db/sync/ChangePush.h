// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

struct PushResult
{
    int sent = 0; ///< Changes sent in this round.
    int accepted = 0; ///< Of those, new to the central store (the rest were replays).
};

/// Sends up to `batch` pending outbox changes in one central transaction, each with the entity as
/// it is now, then marks them pushed here. A change the centre already has is skipped there, so a
/// push repeated after a lost acknowledgement is harmless. A coupon redemption the centre already
/// holds for another sale is recorded as a double redemption for the owner.
[[nodiscard]] core::Result<PushResult> pushPending(
    Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch);

} // namespace ss::db::sync
