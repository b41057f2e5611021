// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncService.h"

#include <optional>

namespace ss::app {

/// The till's sync settings from its configuration (group [sync], docs/scaling.md), or nothing
/// when the till works alone. The password is not in the file: it comes from the OS keyring under
/// the entry syncKeyringEntry() names.
[[nodiscard]] std::optional<db::sync::SyncConfig> loadSyncConfig(const QString& terminalId);

[[nodiscard]] QString syncKeyringEntry(const db::sync::TerminalIdentity& identity);

} // namespace ss::app
