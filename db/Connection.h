// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace ss::db {

/// How the file is encrypted. SQLCipher 3.x does not record these in the file, so they are part of
/// SecondSale's file format: changing them makes existing databases unreadable (docs/storage.md).
struct CipherSettings
{
    int kdfIterations = 256000;
    /// 1024 (SQLCipher 3's default): a sale dirties ~30 pages and each is encrypted and MACed
    /// whole, so small pages commit fastest (bench/README.md has the figures for 1024/2048/4096).
    int pageSize = 1024;
};

enum class OpenMode {
    OpenExisting, ///< The file must exist and be non-empty; never silently creates a new database.
    CreateNew, ///< The file must not exist.
};

struct OpenOptions
{
    OpenMode mode = OpenMode::OpenExisting;
    CipherSettings cipher;
    /// False on the till's worker, which checkpoints the WAL itself when idle so that a checkpoint
    /// never lands inside a sale's commit.
    bool autoCheckpoint = true;
};

/// One open SQLCipher connection. Owns the sqlite3 handle; not thread-safe: use it from one thread.
class Connection final
{
public:
    /// Opens and keys the file, then proves the key by reading the schema: a wrong key gives
    /// ErrorCode::WrongKey and leaves the file untouched. An empty key opens plain SQLite (benchmarks).
    [[nodiscard]] static core::Result<Connection> open(
        const QString& path, const QByteArray& key, const OpenOptions& options = {});

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }
    [[nodiscard]] const QString& path() const { return m_path; }

    /// Runs SQL without parameters (pragmas, DDL, a migration script). Never build values into it.
    [[nodiscard]] core::Result<void> execute(std::string_view sql, QStringView context);
    /// The first column of the first row of a parameterless query, as text (pragmas).
    [[nodiscard]] core::Result<QString> queryText(std::string_view sql, QStringView context);
    [[nodiscard]] core::Result<qint64> queryInt(std::string_view sql, QStringView context);

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    [[nodiscard]] int changes() const;
    [[nodiscard]] qint64 lastInsertRowId() const;

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    Connection(sqlite3* db, QString path);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

} // namespace ss::db
