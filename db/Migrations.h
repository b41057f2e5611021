// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>

namespace ss::db {

class Connection;

/// `PRAGMA application_id` of every SecondSale database ("SSle"): tells our files from other SQLite files.
inline constexpr qint64 kApplicationId = 0x53536C65;

/// The schema version this build writes (`PRAGMA user_version`).
[[nodiscard]] int latestSchemaVersion();

/// Brings the schema up to latestSchemaVersion(), one transaction per step, so a failure leaves the
/// database at the last completed version. Callers back up a non-empty store before calling this.
/// Returns the version reached. `targetVersion` (tests: building a store as an older release
/// left it) stops earlier; -1 means the latest.
[[nodiscard]] core::Result<int> migrate(Connection& connection, int targetVersion = -1);

} // namespace ss::db
