// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

struct sqlite3;

namespace ss::db {

/// Turns an SQLite result code into our Error, with the library's message as the technical detail.
/// `context` says what we were doing ("open", "insert sale"); it must never contain personal data.
[[nodiscard]] core::Error sqliteError(sqlite3* db, int resultCode, QStringView context);

} // namespace ss::db
