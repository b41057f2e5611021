// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ss::db {

class Connection;

/// A prepared statement. Values only ever arrive through bind(): SQL is never built from data.
/// Bind indexes are 1-based as in SQLite. A bind failure is remembered and reported by step().
class Statement final
{
public:
    [[nodiscard]] static core::Result<Statement> prepare(Connection& connection, std::string_view sql);
    /// Prepares each of `sqls` in order (a class's fixed set, reused for every call): all or none.
    [[nodiscard]] static core::Result<std::vector<Statement>> prepareAll(
        Connection& connection, std::span<const std::string_view> sqls);

    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, core::Money value) { return bind(index, value.minor()); }
    /// A null QString binds SQL NULL; an empty one binds ''.
    Statement& bind(int index, const QString& value);
    /// Stored as UTC text (core/UtcTime.h); an invalid time binds NULL.
    Statement& bind(int index, const QDateTime& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    /// Text that is NULL when empty (optional fields such as a customer's email).
    Statement& bindOptional(int index, const QString& value);

    /// Advances: true with a row to read, false when done.
    [[nodiscard]] core::Result<bool> step();
    /// Steps through every row, handing each to `read`; stops at the first error.
    [[nodiscard]] core::Result<void> forEach(const std::function<void(const Statement&)>& read);
    /// Runs a statement that returns no rows, then resets it for the next use.
    [[nodiscard]] core::Result<void> run();
    /// Clears bindings and rewinds, ready to bind and run again.
    void reset();

    [[nodiscard]] qint64 columnInt(int column) const;
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

    /// The current row as a JSON object keyed by column name (integers stay integers). The sync
    /// sends rows this way; SQLCipher's SQLite predates json_object().
    [[nodiscard]] QJsonObject rowAsJson() const;
    /// Binds every named parameter (":sku") from the member of the same name; absent is NULL.
    Statement& bindNamed(const QJsonObject& values);

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    Statement(sqlite3* db, sqlite3_stmt* statement);
    void noteBind(int resultCode, int index);

    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    int m_bindError = 0;
    int m_bindErrorIndex = 0;
};

} // namespace ss::db
