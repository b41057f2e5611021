// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbWorker.h"
#include "ports/BackOfficePort.h"

namespace ss::db {

/// The back office's catalogue port over the store, on its database thread.
class SqlBackOffice final : public core::BackOfficePort
{
public:
    explicit SqlBackOffice(DbWorker& worker)
        : m_worker(worker)
    { }

    QFuture<core::Result<core::ImportPreview>> previewImport(
        const QByteArray& file, const std::optional<core::ColumnMapping>& mapping) override;
    QFuture<core::Result<core::ImportApplied>> applyImport(const core::ImportPlan& plan, const QString& actorUid,
        bool skipRejected, std::function<void(int, int)> progress) override;
    QFuture<core::Result<QByteArray>> exportProducts(const QString& actorUid) override;

private:
    DbWorker& m_worker;
};

} // namespace ss::db
