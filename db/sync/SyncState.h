// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

/// What the sync service remembers in the till's own store (table sync_state).
enum class SyncKey {
    PulledSeq, ///< The last central change applied here.
    LastSyncAt, ///< When a whole round (push and pull) last succeeded, UTC.
    LastError, ///< Why the last round failed; empty after a good one. Never personal data.
};

/// The value, or an empty string (PulledSeq: "0") when none was written yet.
[[nodiscard]] core::Result<QString> readSyncValue(Connection& local, SyncKey key);
[[nodiscard]] core::Result<void> writeSyncValue(Connection& local, SyncKey key, const QString& value);

} // namespace ss::db::sync
