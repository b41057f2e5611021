// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Connection.h"
#include "SqliteError.h"
#include "UtcTime.h"

#include <sqlite3.h>

namespace ss::db {

using core::Result;

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

Statement::Statement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{ }

Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

Result<std::vector<Statement>> Statement::prepareAll(Connection& connection, std::span<const std::string_view> sqls)
{
    std::vector<Statement> statements;
    statements.reserve(sqls.size());
    for (std::string_view sql : sqls) {
        auto statement = prepare(connection, sql);
        if (!statement)
            return std::unexpected(statement.error());
        statements.push_back(std::move(*statement));
    }
    return statements;
}

Result<Statement> Statement::prepare(Connection& connection, std::string_view sql)
{
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    Statement statement(connection.handle(), raw);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(connection.handle(), rc, u"prepare"));
    return statement;
}

void Statement::noteBind(int resultCode, int index)
{
    if (resultCode != SQLITE_OK && m_bindError == 0) {
        m_bindError = resultCode;
        m_bindErrorIndex = index;
    }
}

Statement& Statement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_statement.get(), index, value), index);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    noteBind(
        sqlite3_bind_text(m_statement.get(), index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
        index);
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, core::toStorageTime(value));
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    noteBind(sqlite3_bind_blob(
                 m_statement.get(), index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT),
        index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_statement.get(), index), index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Result<bool> Statement::step()
{
    if (m_bindError != 0) {
        const int rc = m_bindError;
        m_bindError = 0;
        return std::unexpected(sqliteError(m_db, rc, QStringLiteral("bind parameter %1").arg(m_bindErrorIndex)));
    }
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Leave the statement reusable, then report the step's own error (reset would repeat it).
    auto error = sqliteError(m_db, rc, u"step");
    sqlite3_reset(m_statement.get());
    return std::unexpected(std::move(error));
}

Result<void> Statement::forEach(const std::function<void(const Statement&)>& read)
{
    while (true) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        read(*this);
    }
}

Result<void> Statement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
    m_bindError = 0;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    if (text == nullptr)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_statement.get(), column));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

QJsonObject Statement::rowAsJson() const
{
    QJsonObject row;
    const int columns = sqlite3_column_count(m_statement.get());
    for (int column = 0; column < columns; ++column) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement.get(), column));
        switch (sqlite3_column_type(m_statement.get(), column)) {
        case SQLITE_NULL: row.insert(name, QJsonValue::Null); break;
        case SQLITE_INTEGER: row.insert(name, columnInt(column)); break;
        default: row.insert(name, columnText(column)); break;
        }
    }
    return row;
}

Statement& Statement::bindNamed(const QJsonObject& values)
{
    const int count = sqlite3_bind_parameter_count(m_statement.get());
    for (int index = 1; index <= count; ++index) {
        const char* name = sqlite3_bind_parameter_name(m_statement.get(), index);
        if (!name || name[0] != ':')
            continue;
        const QJsonValue value = values.value(QString::fromUtf8(name + 1));
        if (value.isBool())
            bind(index, value.toBool());
        else if (value.isDouble())
            bind(index, value.toInteger());
        else if (value.isString())
            bind(index, value.toString());
        else
            bindNull(index);
    }
    return *this;
}

} // namespace ss::db
