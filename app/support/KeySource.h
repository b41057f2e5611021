// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace ss::app {

/// Environment variable scripts use to pass the database key (never a command-line argument: those
/// show up in `ps` and shell history).
inline constexpr char kKeyEnvironmentVariable[] = "SECONDSALE_DB_KEY";
inline constexpr char kNewKeyEnvironmentVariable[] = "SECONDSALE_NEW_DB_KEY";

/// Reads a key file: its whole content without the trailing line break. Refuses an empty file and
/// warns nobody: permissions are the owner's business, but the content never reaches a log.
[[nodiscard]] core::Result<QByteArray> readKeyFile(const QString& path);

/// The key given to a script: `keyFile` when set, else the environment variable; NotFound when neither.
[[nodiscard]] core::Result<QByteArray> scriptKey(const QString& keyFile, const char* environmentVariable);

/// Where the store lives when no --db is given: the per-user data folder (XDG), never beside the binary.
[[nodiscard]] QString defaultStorePath();
/// The demo store's own file, so the demo never overwrites a real store.
[[nodiscard]] QString defaultDemoStorePath();

} // namespace ss::app
