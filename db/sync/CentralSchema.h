// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

/// Creates or completes the central schema (idempotent) and registers this till with the key its
/// coupon codes are signed with, so other tills can verify them. Safe to run on every connect.
[[nodiscard]] core::Result<void> joinCentral(
    PgConnection& central, Connection& local, const TerminalIdentity& identity);

} // namespace ss::db::sync
