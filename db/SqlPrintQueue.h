// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/PrintQueuePort.h"

namespace ss::db {

class DbWorker;

/// The print_jobs outbox on the database thread: receipts are rendered from their sale when taken.
class SqlPrintQueue final : public core::PrintQueuePort
{
public:
    SqlPrintQueue(DbWorker& worker, const core::Clock& clock);

    QFuture<core::Result<std::optional<core::PrintJob>>> nextPending() override;
    QFuture<core::Result<bool>> markPrinted(qint64 jobId) override;
    QFuture<core::Result<bool>> markAttemptFailed(qint64 jobId, const QString& error) override;
    QFuture<core::Result<qint64>> pendingCount() override;
    QFuture<core::Result<qint64>> queueReprint(const QString& receiptNumber) override;
    QFuture<core::Result<qint64>> queueText(const QString& kind, const QString& text) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
};

} // namespace ss::db
