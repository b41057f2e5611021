// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlStoreSettings.h"

#include "StoreSettingsStore.h"

namespace ss::db {

QFuture<core::Result<core::StoreSettings>> SqlStoreSettings::settings()
{
    return m_worker.run<core::StoreSettings>([](Connection& connection) { return readStoreSettings(connection); });
}

QFuture<core::Result<QStringList>> SqlStoreSettings::save(const QString& actorUid, const core::StoreSettings& next)
{
    return m_worker.run<QStringList>(
        [actorUid, next](Connection& connection) { return saveStoreSettings(connection, actorUid, next); });
}

} // namespace ss::db
