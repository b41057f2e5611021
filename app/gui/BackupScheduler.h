// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackupPort.h"

#include <QTimer>

namespace ss::db {
class DbWorker;
}

namespace ss::app {

/// Backs the open store up into the chosen folder on schedule (checked every few minutes, so a
/// stick plugged in late is used as soon as it is there), and on demand. Settings are this
/// terminal's (QSettings); the last good backup's time is kept in the store itself.
class BackupScheduler final : public core::BackupPort
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    explicit BackupScheduler(db::DbWorker& database, QObject* parent = nullptr);
    ~BackupScheduler() override;

    /// Reads the last backup's time from the store, then keeps to the schedule.
    void start();
    [[nodiscard]] core::BackupStatus status() const override { return m_status; }
    void setSettings(const core::BackupSettings& settings) override;
    void backUpNow() override;

    [[nodiscard]] static core::BackupSettings savedSettings();

private:
    void checkSchedule();

    db::DbWorker& m_database;
    core::BackupStatus m_status;
    QTimer m_timer;
};

} // namespace ss::app
