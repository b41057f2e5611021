// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Connection.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace ss::db {

Transaction::Transaction(Connection& connection)
    : m_connection(&connection)
    , m_open(true)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (auto r = m_connection->execute("ROLLBACK", u"rollback"); !r)
        qCWarning(lcDb) << "rollback failed:" << r.error().detail;
}

core::Result<Transaction> Transaction::begin(Connection& connection)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway through.
    if (auto r = connection.execute("BEGIN IMMEDIATE", u"begin"); !r)
        return std::unexpected(r.error());
    return Transaction(connection);
}

core::Result<Transaction> Transaction::beginRead(Connection& connection)
{
    if (auto r = connection.execute("BEGIN DEFERRED", u"begin"); !r)
        return std::unexpected(r.error());
    return Transaction(connection);
}

core::Result<void> Transaction::commit()
{
    if (!m_open)
        return core::fail(core::ErrorCode::Internal, QStringLiteral("commit of a finished transaction"));
    auto r = m_connection->execute("COMMIT", u"commit");
    // A failed COMMIT (disk full, I/O) leaves the transaction open: the destructor rolls it back.
    if (r)
        m_open = false;
    return r;
}

} // namespace ss::db
