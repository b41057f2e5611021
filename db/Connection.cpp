// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "SqliteError.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <string>

Q_LOGGING_CATEGORY(lcDb, "secondsale.db")

namespace ss::db {

using core::ErrorCode;
using core::fail;
using core::Result;

void Connection::Closer::operator()(sqlite3* db) const
{
    // sqlite3_close_v2 defers the close until every statement is finalised; our Statements are
    // RAII too, so in practice this closes at once.
    sqlite3_close_v2(db);
}

Connection::Connection(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Result<Connection> Connection::open(const QString& path, const QByteArray& key, const OpenOptions& options)
{
    const QFileInfo info(path);
    if (options.mode == OpenMode::OpenExisting) {
        if (!info.exists())
            return fail(ErrorCode::NotFound, QStringLiteral("no database file at the given path"));
        // SQLite treats an empty file as a new database: for an existing store that would silently
        // replace a lost file with an empty shop.
        if (info.size() == 0)
            return fail(ErrorCode::NotSecondSaleDatabase, QStringLiteral("the database file is empty"));
    } else if (info.exists()) {
        return fail(ErrorCode::AlreadyExists, QStringLiteral("a file already exists at the given path"));
    }

    // SQLITE_OPEN_CREATE even for existing files: ATTACH (used by sqlcipher_export for backups)
    // inherits these flags and could not create the backup file without it. Existence was checked above.
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    Connection connection(raw, path);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, rc, u"open"));
    sqlite3_extended_result_codes(raw, 1);

    if (!key.isEmpty()) {
#ifdef SQLITE_HAS_CODEC
        // The key must be the very first thing done on the connection.
        const int keyRc = sqlite3_key(raw, key.constData(), static_cast<int>(key.size()));
        if (keyRc != SQLITE_OK)
            return std::unexpected(sqliteError(raw, keyRc, u"key"));
        const std::string kdf = "PRAGMA kdf_iter = " + std::to_string(options.cipher.kdfIterations);
        const std::string page = "PRAGMA cipher_page_size = " + std::to_string(options.cipher.pageSize);
        if (auto r = connection.execute(kdf, u"kdf_iter"); !r)
            return std::unexpected(r.error());
        if (auto r = connection.execute(page, u"cipher_page_size"); !r)
            return std::unexpected(r.error());
#else
        return fail(ErrorCode::Internal, QStringLiteral("built without SQLCipher: cannot open an encrypted database"));
#endif
    }

    // Prove the key: the first read decrypts page 1. A wrong key (or a file that is not a database,
    // or whose first page is damaged) fails here with SQLITE_NOTADB before anything is written.
    if (auto r = connection.queryInt("SELECT count(*) FROM sqlite_master", u"verify key"); !r)
        return std::unexpected(r.error());

    // temp_store=MEMORY keeps sorts and temporary tables out of plaintext temp files. A 32 MB page
    // cache keeps what the till and the dashboard read over and over (customer figures, the catalogue's
    // indexes) decrypted in memory, instead of decrypting thousands of pages on every refresh.
    for (const char* pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
             "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32768"}) {
        if (auto r = connection.execute(pragma, u"configure"); !r)
            return std::unexpected(r.error());
    }
    auto journal = connection.queryText("PRAGMA journal_mode = WAL", u"journal_mode");
    if (!journal)
        return std::unexpected(journal.error());
    if (journal->compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Io, QStringLiteral("could not switch to WAL journal mode"));
    if (!options.autoCheckpoint) {
        if (auto r = connection.execute("PRAGMA wal_autocheckpoint = 0", u"wal_autocheckpoint"); !r)
            return std::unexpected(r.error());
    }
    return connection;
}

Result<void> Connection::execute(std::string_view sql, QStringView context)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db.get(), rc, context));
    return {};
}

Result<QString> Connection::queryText(std::string_view sql, QStringView context)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db.get(), rc, context));
    rc = sqlite3_step(raw);
    if (rc == SQLITE_DONE)
        return QString();
    if (rc != SQLITE_ROW)
        return std::unexpected(sqliteError(m_db.get(), rc, context));
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, 0));
    return QString::fromUtf8(text, sqlite3_column_bytes(raw, 0));
}

Result<qint64> Connection::queryInt(std::string_view sql, QStringView context)
{
    auto text = queryText(sql, context);
    if (!text)
        return std::unexpected(text.error());
    return text->toLongLong();
}

int Connection::changes() const
{
    return sqlite3_changes(m_db.get());
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

} // namespace ss::db
