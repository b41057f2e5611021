// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ss::core {

/// Where and how often this terminal backs its store up (per terminal: the folder is a local path).
struct BackupSettings
{
    QString folder; ///< Empty: no scheduled backups.
    int everyHours = 24;
    int keep = 14; ///< Backups of this terminal kept in the folder; older ones are removed.

    static constexpr int kMinHours = 1;
    static constexpr int kMaxHours = 24 * 7;
    static constexpr int kMinKeep = 1;
    static constexpr int kMaxKeep = 365;
};

/// The rules of scheduled backups: when one is due, what it is called, which old ones go.
namespace backup_plan {

/// Due when backups are configured and the last good one is older than the interval (or none yet).
[[nodiscard]] bool isDue(
    const BackupSettings& settings, const std::optional<QDateTime>& lastUtc, const QDateTime& nowUtc);

/// "secondsale-T01-20261202-003000Z.ssbackup": the terminal, then UTC time, so names sort by age.
[[nodiscard]] QString fileName(const QString& terminalId, const QDateTime& atUtc);

/// Whether `name` is one of this terminal's backups (nothing else in the folder is ever touched).
[[nodiscard]] bool isBackupOf(const QString& name, const QString& terminalId);

/// Of the files in the folder, this terminal's backups beyond the newest `keep`, oldest first.
[[nodiscard]] QStringList toRemove(const QStringList& namesInFolder, const QString& terminalId, int keep);

} // namespace backup_plan

} // namespace ss::core
