// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "Statement.h"
#include "Transaction.h"
#include "UtcTime.h"

namespace ss::db {

using core::Result;

Result<std::vector<OutboxChange>> pendingChanges(Connection& connection, int limit)
{
    auto list = Statement::prepare(connection,
        "SELECT id, change_uid, entity, entity_uid, op, created_at FROM outbox WHERE pushed_at IS NULL"
        " ORDER BY id LIMIT ?1");
    if (!list)
        return std::unexpected(list.error());
    list->bind(1, limit);
    std::vector<OutboxChange> changes;
    if (auto read = list->forEach([&](const Statement& row) {
            changes.push_back({row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3),
                row.columnText(4), core::fromStorageTime(row.columnText(5))});
        });
        !read)
        return std::unexpected(read.error());
    return changes;
}

Result<int> markPushed(Connection& connection, const std::vector<QString>& changeUids, const QDateTime& atUtc)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto mark = Statement::prepare(
        connection, "UPDATE outbox SET pushed_at = ?2 WHERE change_uid = ?1 AND pushed_at IS NULL");
    if (!mark)
        return std::unexpected(mark.error());
    int marked = 0;
    for (const QString& uid : changeUids) {
        if (auto r = mark->bind(1, uid).bind(2, atUtc).run(); !r)
            return std::unexpected(r.error());
        marked += connection.changes();
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return marked;
}

Result<qint64> pendingChangeCount(Connection& connection)
{
    return connection.queryInt("SELECT count(*) FROM outbox WHERE pushed_at IS NULL", u"pending changes");
}

} // namespace ss::db
