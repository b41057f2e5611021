// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbWorker.h"
#include "ports/StoreSettingsPort.h"

namespace ss::db {

/// The settings port over the store, on its database thread.
class SqlStoreSettings final : public core::StoreSettingsPort
{
public:
    explicit SqlStoreSettings(DbWorker& worker)
        : m_worker(worker)
    { }

    QFuture<core::Result<core::StoreSettings>> settings() override;
    QFuture<core::Result<QStringList>> save(const QString& actorUid, const core::StoreSettings& next) override;

private:
    DbWorker& m_worker;
};

} // namespace ss::db
