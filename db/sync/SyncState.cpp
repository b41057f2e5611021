// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncState.h"

#include "Connection.h"
#include "Statement.h"

namespace ss::db::sync {

using core::Result;

namespace {

QString keyName(SyncKey key)
{
    switch (key) {
    case SyncKey::PulledSeq: return QStringLiteral("pulled_seq");
    case SyncKey::LastSyncAt: return QStringLiteral("last_sync_at");
    case SyncKey::LastError: return QStringLiteral("last_error");
    }
    return {};
}

} // namespace

Result<QString> readSyncValue(Connection& local, SyncKey key)
{
    auto read = Statement::prepare(local, "SELECT value FROM sync_state WHERE key = ?1");
    if (!read)
        return std::unexpected(read.error());
    read->bind(1, keyName(key));
    auto row = read->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return key == SyncKey::PulledSeq ? QStringLiteral("0") : QString();
    return read->columnText(0);
}

Result<void> writeSyncValue(Connection& local, SyncKey key, const QString& value)
{
    auto write = Statement::prepare(local, "INSERT OR REPLACE INTO sync_state(key, value) VALUES (?1, ?2)");
    if (!write)
        return std::unexpected(write.error());
    return write->bind(1, keyName(key)).bind(2, value.isNull() ? QStringLiteral("") : value).run();
}

} // namespace ss::db::sync
