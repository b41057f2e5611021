// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduledBackup.h"

#include "ActingStaff.h"
#include "Backup.h"
#include "Statement.h"
#include "Uid.h"
#include "UtcTime.h"
#include "backup/BackupPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

Result<void> recordBackup(Connection& connection, const QDateTime& atUtc, const QString& fileName)
{
    const QString at = core::toStorageTime(atUtc);
    auto meta = Statement::prepare(connection, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    if (!meta)
        return std::unexpected(meta.error());
    if (auto r = meta->bind(1, QStringLiteral("last_backup_at")).bind(2, at).run(); !r)
        return r;
    return writeAudit(connection, std::nullopt, QStringLiteral("backup_written"), fileName);
}

} // namespace

Result<BackupWritten> writeScheduledBackup(
    Connection& connection, const QByteArray& key, const QString& folder, int keep, const QDateTime& nowUtc)
{
    const QFileInfo where(folder);
    if (folder.trimmed().isEmpty() || !where.isDir())
        return core::fail(ErrorCode::NotFound, QStringLiteral("the backup folder %1 is not there").arg(folder));
    if (!where.isWritable())
        return core::fail(ErrorCode::Io, QStringLiteral("the backup folder %1 cannot be written").arg(folder));
    auto terminal = connection.queryText(
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'terminal_id'), '')", u"terminal id");
    if (!terminal)
        return std::unexpected(terminal.error());

    BackupWritten written;
    written.atUtc = nowUtc;
    const QString name = core::backup_plan::fileName(*terminal, nowUtc);
    written.file = QDir(folder).filePath(name);
    if (auto r = exportEncrypted(connection, written.file, key); !r)
        return std::unexpected(r.error());
    written.bytes = QFileInfo(written.file).size();
    if (auto r = recordBackup(connection, nowUtc, name); !r)
        return std::unexpected(r.error());

    const QStringList present = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& old : core::backup_plan::toRemove(present, *terminal, keep))
        if (QFile::remove(QDir(folder).filePath(old)))
            written.removed << old;
    return written;
}

Result<std::optional<QDateTime>> lastBackupTime(Connection& connection)
{
    auto at = connection.queryText(
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'last_backup_at'), '')", u"last backup");
    if (!at)
        return std::unexpected(at.error());
    if (at->isEmpty())
        return std::optional<QDateTime> {};
    const QDateTime parsed = core::fromStorageTime(*at);
    return parsed.isValid() ? std::optional<QDateTime>(parsed) : std::optional<QDateTime> {};
}

} // namespace ss::db
