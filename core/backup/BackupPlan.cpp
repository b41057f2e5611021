// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPlan.h"

#include <QRegularExpression>

#include <algorithm>

namespace ss::core::backup_plan {

bool isDue(const BackupSettings& settings, const std::optional<QDateTime>& lastUtc, const QDateTime& nowUtc)
{
    if (settings.folder.trimmed().isEmpty())
        return false;
    if (!lastUtc || !lastUtc->isValid())
        return true;
    // A clock set back (a last backup "in the future") counts as due rather than never.
    if (*lastUtc > nowUtc)
        return true;
    return lastUtc->secsTo(nowUtc) >= qint64 {settings.everyHours} * 3600;
}

QString fileName(const QString& terminalId, const QDateTime& atUtc)
{
    return QStringLiteral("secondsale-%1-%2.ssbackup")
        .arg(terminalId, atUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss'Z'")));
}

bool isBackupOf(const QString& name, const QString& terminalId)
{
    const QRegularExpression pattern(
        QStringLiteral("^secondsale-%1-\\d{8}-\\d{6}Z\\.ssbackup$").arg(QRegularExpression::escape(terminalId)));
    return pattern.match(name).hasMatch();
}

QStringList toRemove(const QStringList& namesInFolder, const QString& terminalId, int keep)
{
    QStringList ours;
    for (const QString& name : namesInFolder)
        if (isBackupOf(name, terminalId))
            ours << name;
    std::sort(ours.begin(), ours.end()); // the UTC stamp in the name sorts by age
    const qsizetype excess = ours.size() - std::max(keep, 1);
    return excess > 0 ? ours.mid(0, excess) : QStringList {};
}

} // namespace ss::core::backup_plan
