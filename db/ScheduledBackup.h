// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"

#include <QDateTime>

#include <optional>

namespace ss::db {

struct BackupWritten
{
    QString file; ///< Full path of the new backup.
    QDateTime atUtc;
    qint64 bytes = 0;
    QStringList removed; ///< Old backups of this terminal removed to keep the newest `keep`.
};

/// Writes the scheduled backup: an encrypted copy (exportEncrypted, same key) named by
/// core::backup_plan::fileName in `folder`, then removes this terminal's oldest backups beyond
/// `keep`, and records the time in the store (meta `last_backup_at`, audited). A missing folder (the
/// USB stick is not plugged in) is NotFound; a full or read-only one is Io/DbFull: nothing half-written
/// is ever left under a backup's name.
[[nodiscard]] core::Result<BackupWritten> writeScheduledBackup(
    Connection& connection, const QByteArray& key, const QString& folder, int keep, const QDateTime& nowUtc);

/// When the last scheduled backup was written, from the store; nullopt when never.
[[nodiscard]] core::Result<std::optional<QDateTime>> lastBackupTime(Connection& connection);

} // namespace ss::db
