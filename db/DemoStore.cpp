// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoStore.h"

#include "Migrations.h"
#include "SqlDemoWriter.h"
#include "StoreFile.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace ss::db {

using core::ErrorCode;
using core::fail;
using core::Result;

Result<core::DemoSummary> createDemoStore(
    const QString& path, const QByteArray& key, const core::DemoOptions& options, const CipherSettings& cipher)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, QStringLiteral("a file already exists at the given path"));
    const QString building = path + QStringLiteral(".building");
    for (const QString& stale : {building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")})
        QFile::remove(stale);

    Result<core::DemoSummary> summary = fail(ErrorCode::Internal);
    {
        OpenOptions open;
        open.mode = OpenMode::CreateNew;
        open.cipher = cipher;
        auto connection = Connection::open(building, key, open);
        if (!connection)
            return std::unexpected(connection.error());
        if (auto r = migrate(*connection); !r)
            return std::unexpected(r.error());
        if (auto r = writeFileFormat(*connection, cipher); !r)
            return std::unexpected(r.error());
        SqlDemoWriter writer(*connection);
        summary = core::generateDemoStore(options, writer);
        if (summary) {
            if (auto r = writer.finish(); !r)
                summary = std::unexpected(r.error());
        }
        if (summary) {
            if (auto r = markAsDemo(*connection); !r)
                summary = std::unexpected(r.error());
        }
        if (summary) {
            if (auto r = connection->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint"); !r)
                summary = std::unexpected(r.error());
        }
    }
    std::error_code error;
    if (summary)
        std::filesystem::rename(
            QFile::encodeName(building).toStdString(), QFile::encodeName(path).toStdString(), error);
    for (const QString& leftover : {building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")})
        QFile::remove(leftover);
    if (error)
        return fail(ErrorCode::Io, QString::fromStdString(error.message()));
    return summary;
}

} // namespace ss::db
