// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupScheduler.h"

#include "DbWorker.h"
#include "ErrorText.h"
#include "ScheduledBackup.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcBackup, "secondsale.backup")

namespace ss::app {

namespace {
constexpr int kCheckEveryMs = 5 * 60 * 1000;
const QString kFolderKey = QStringLiteral("backup/folder");
const QString kHoursKey = QStringLiteral("backup/everyHours");
const QString kKeepKey = QStringLiteral("backup/keep");
} // namespace

BackupScheduler::BackupScheduler(db::DbWorker& database, QObject* parent)
    : core::BackupPort(parent)
    , m_database(database)
{
    m_status.settings = savedSettings();
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkSchedule);
}

BackupScheduler::~BackupScheduler() = default;

core::BackupSettings BackupScheduler::savedSettings()
{
    const QSettings settings;
    core::BackupSettings saved;
    saved.folder = settings.value(kFolderKey).toString();
    saved.everyHours = std::clamp(settings.value(kHoursKey, saved.everyHours).toInt(), core::BackupSettings::kMinHours,
        core::BackupSettings::kMaxHours);
    saved.keep = std::clamp(
        settings.value(kKeepKey, saved.keep).toInt(), core::BackupSettings::kMinKeep, core::BackupSettings::kMaxKeep);
    return saved;
}

void BackupScheduler::start()
{
    m_database.run<std::optional<QDateTime>>([](db::Connection& connection) { return db::lastBackupTime(connection); })
        .then(this, [this](const core::Result<std::optional<QDateTime>>& last) {
            if (last)
                m_status.lastUtc = *last;
            emit statusChanged(m_status);
            m_timer.start();
            checkSchedule();
        });
}

void BackupScheduler::setSettings(const core::BackupSettings& chosen)
{
    QSettings settings;
    settings.setValue(kFolderKey, chosen.folder);
    settings.setValue(kHoursKey, chosen.everyHours);
    settings.setValue(kKeepKey, chosen.keep);
    m_status.settings = chosen;
    m_status.problem.clear();
    emit statusChanged(m_status);
    checkSchedule();
}

void BackupScheduler::checkSchedule()
{
    if (!m_status.running
        && core::backup_plan::isDue(m_status.settings, m_status.lastUtc, QDateTime::currentDateTimeUtc()))
        backUpNow();
}

void BackupScheduler::backUpNow()
{
    if (m_status.running)
        return;
    if (m_status.settings.folder.isEmpty()) {
        m_status.problem = tr("Choose the folder the backups go to first (for example the shop's USB stick).");
        emit statusChanged(m_status);
        return;
    }
    m_status.running = true;
    emit statusChanged(m_status);
    m_database.backupInto(m_status.settings.folder, m_status.settings.keep)
        .then(this, [this](const core::Result<db::BackupWritten>& written) {
            m_status.running = false;
            if (written) {
                m_status.lastUtc = written->atUtc;
                m_status.lastFile = QFileInfo(written->file).fileName();
                m_status.problem.clear();
                qCInfo(lcBackup) << "backup written," << written->bytes << "bytes," << written->removed.size()
                                 << "old ones removed";
            } else {
                qCWarning(lcBackup) << "backup failed:" << written.error().detail;
                m_status.problem = written.error().code == core::ErrorCode::NotFound
                    ? tr("The backup folder is not there: is the USB stick plugged in? SecondSale tries again "
                         "every few minutes.")
                    : ErrorText::describe(written.error().code);
            }
            emit statusChanged(m_status);
        });
}

} // namespace ss::app
