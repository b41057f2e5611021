// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Migrations.h"
#include "RepeatAggregates.h"
#include "Statement.h"
#include "StoreFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <string>
#include <system_error>

namespace ss::db {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

Result<void> renameReplacing(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    if (error)
        return fail(ErrorCode::Io, QStringLiteral("rename failed: %1").arg(QString::fromStdString(error.message())));
    return {};
}

/// The files SQLite keeps beside a WAL database.
QStringList sidecars(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

} // namespace

Result<void> exportEncrypted(
    Connection& source, const QString& target, const QByteArray& targetKey, const CipherSettings& cipher)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, QStringLiteral("the backup target already exists"));
    if (targetKey.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("refusing to write an unencrypted copy"));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);

    {
        auto attach = Statement::prepare(source, "ATTACH DATABASE ?1 AS backup KEY ?2");
        if (!attach)
            return std::unexpected(attach.error());
        attach->bind(1, partial).bindBlob(2, targetKey);
        if (auto r = attach->run(); !r)
            return std::unexpected(r.error());
    }
    auto exported = [&]() -> Result<void> {
        // Pragmas cannot take parameters; these are our own integers.
        const std::string settings = "PRAGMA backup.kdf_iter = " + std::to_string(cipher.kdfIterations)
            + "; PRAGMA backup.cipher_page_size = " + std::to_string(cipher.pageSize);
        if (auto r = source.execute(settings, u"backup cipher settings"); !r)
            return r;
        if (auto r = source.execute("SELECT sqlcipher_export('backup')", u"sqlcipher_export"); !r)
            return r;
        auto version = source.queryInt("PRAGMA main.user_version", u"schema version");
        if (!version)
            return std::unexpected(version.error());
        const std::string stamp = "PRAGMA backup.user_version = " + std::to_string(*version)
            + "; PRAGMA backup.application_id = " + std::to_string(kApplicationId);
        return source.execute(stamp, u"stamp backup");
    }();
    auto detached = source.execute("DETACH DATABASE backup", u"detach");
    if (!exported || !detached) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return std::unexpected(!exported ? exported.error() : detached.error());
    }
    return renameReplacing(partial, target);
}

Result<QString> restoreBackup(
    const QString& backup, const QByteArray& key, const QString& target, const CipherSettings& cipher)
{
    {
        StoreOpenOptions options;
        options.cipher = cipher;
        auto opened = openStore(backup, key, options);
        if (!opened)
            return std::unexpected(opened.error());
        auto report = checkStore(*opened);
        if (!report)
            return std::unexpected(report.error());
        if (!report->problems.isEmpty())
            return fail(ErrorCode::DbCorrupt,
                QStringLiteral("the backup fails its check: %1").arg(report->problems.join(u"; ")));
        // Fold the backup's own WAL (if the check wrote one) back into the file before copying it.
        if (auto r = opened->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint backup"); !r)
            return std::unexpected(r.error());
    }

    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming))
        return fail(ErrorCode::Io, QStringLiteral("could not copy the backup next to the store"));

    QString keptAs;
    if (QFileInfo::exists(target)) {
        keptAs = QStringLiteral("%1.before-restore-%2")
                     .arg(target, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")));
        if (auto r = renameReplacing(target, keptAs); !r) {
            QFile::remove(incoming);
            return std::unexpected(r.error());
        }
        // The WAL belongs to the old file: moving it along keeps that copy whole and stops SQLite
        // from replaying old pages into the restored one.
        const QStringList oldSidecars = sidecars(target);
        const QStringList keptSidecars = sidecars(keptAs);
        for (int i = 0; i < oldSidecars.size(); ++i) {
            if (QFileInfo::exists(oldSidecars[i])) {
                if (auto r = renameReplacing(oldSidecars[i], keptSidecars[i]); !r)
                    return std::unexpected(r.error());
            }
        }
    }
    if (auto r = renameReplacing(incoming, target); !r)
        return std::unexpected(r.error());
    return keptAs;
}

Result<void> rekeyStore(
    const QString& path, const QByteArray& oldKey, const QByteArray& newKey, const CipherSettings& cipher)
{
    if (newKey.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the new key is empty"));
    const QString fresh = path + QStringLiteral(".rekeyed");
    QFile::remove(fresh);
    {
        StoreOpenOptions options;
        options.cipher = cipher;
        auto source = openStore(path, oldKey, options);
        if (!source)
            return std::unexpected(source.error());
        if (auto r = exportEncrypted(*source, fresh, newKey, cipher); !r)
            return r;
        // Empty the WAL so that nothing of the old file lives only there when it is replaced.
        if (auto r = source->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint"); !r)
            return r;
    }
    {
        StoreOpenOptions options;
        options.cipher = cipher;
        auto verify = openStore(fresh, newKey, options);
        if (!verify) {
            QFile::remove(fresh);
            return std::unexpected(verify.error());
        }
        if (auto r = verify->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint"); !r)
            return r;
    }
    for (const QString& sidecar : sidecars(path) + sidecars(fresh))
        QFile::remove(sidecar);
    return renameReplacing(fresh, path);
}

Result<CheckReport> checkStore(Connection& connection)
{
    CheckReport report;
    auto cipher = connection.queryText("PRAGMA cipher_version", u"cipher_version");
    if (!cipher)
        return std::unexpected(cipher.error());
    report.cipherVersion = *cipher;
    if (report.cipherVersion.isEmpty())
        report.problems << QStringLiteral("SQLCipher is not linked: the database would not be encrypted");

    auto statement = Statement::prepare(connection, "PRAGMA integrity_check");
    if (!statement)
        return std::unexpected(statement.error());
    while (true) {
        auto row = statement->step();
        if (!row) {
            // A page that fails its HMAC stops the check itself: that is damage, not a bug.
            report.problems << row.error().detail;
            break;
        }
        if (!*row)
            break;
        const QString line = statement->columnText(0);
        if (line != QStringLiteral("ok"))
            report.problems << line;
    }
    auto foreignKeys = Statement::prepare(connection, "PRAGMA foreign_key_check");
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    auto violation = foreignKeys->step();
    if (!violation)
        report.problems << violation.error().detail;
    else if (*violation)
        report.problems << QStringLiteral("foreign key violation in table %1").arg(foreignKeys->columnText(0));

    auto version = connection.queryInt("PRAGMA user_version", u"schema version");
    if (!version)
        return std::unexpected(version.error());
    report.schemaVersion = static_cast<int>(*version);
    if (report.schemaVersion != latestSchemaVersion())
        report.problems
            << QStringLiteral("schema version %1, expected %2").arg(report.schemaVersion).arg(latestSchemaVersion());
    else if (report.problems.isEmpty()) {
        // The dashboard's figures are derived data: they must agree with the history they come from.
        auto figures = checkRepeatAggregates(connection);
        if (!figures)
            return std::unexpected(figures.error());
        report.figuresChecked = figures->customers;
        if (!figures->agrees())
            report.problems << QStringLiteral("repeat-customer figures disagree with the history: %1 customers,"
                                              " %2 days, %3 sales out of place (repair: secondsale-admin"
                                              " rebuild-figures)")
                                   .arg(figures->customerMismatches)
                                   .arg(figures->dayMismatches)
                                   .arg(figures->orderNoMismatches);
    }
    return report;
}

} // namespace ss::db
