// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncService.h"
#include "sync/SyncSetup.h"

#include <QFuture>

#include <optional>

namespace ss::app {

/// The till's sync settings from its configuration (group [sync], docs/scaling.md), or nothing
/// when the till works alone. The password is not in the file: it comes from the OS keyring under
/// the entry syncKeyringEntry() names.
[[nodiscard]] std::optional<db::sync::SyncConfig> loadSyncConfig(const QString& terminalId);

[[nodiscard]] QString syncKeyringEntry(const db::sync::TerminalIdentity& identity);

/// Writes what the set-up wizard asked into the configuration, all but the password.
void saveSyncSettings(const core::SyncSetup& setup);

/// Connects to the central store as the wizard's page describes it and prepares its tables: the
/// page's "Test the connection". The value says whether the connection is encrypted.
[[nodiscard]] QFuture<core::Result<QString>> testSyncConnection(const core::SyncSetup& setup);

} // namespace ss::app
