// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupPlan.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace ss::core {

/// What the owner's screens show of the scheduled backups.
struct BackupStatus
{
    BackupSettings settings;
    std::optional<QDateTime> lastUtc; ///< The last backup that was written whole.
    QString lastFile; ///< Its file name (in settings.folder).
    QString problem; ///< Why the last attempt failed, in words; empty when it worked.
    bool running = false;
};

/// The terminal's scheduled, encrypted backups to a folder (a USB stick, a share).
class BackupPort : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPort)

public:
    using QObject::QObject;
    ~BackupPort() override = default;
    [[nodiscard]] virtual BackupStatus status() const = 0;
    virtual void setSettings(const BackupSettings& settings) = 0;
    /// Starts a backup now, whatever the schedule; statusChanged follows when it is done.
    virtual void backUpNow() = 0;

signals:
    void statusChanged(const ss::core::BackupStatus& status);
};

} // namespace ss::core
