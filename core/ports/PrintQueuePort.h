// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "receipt/ReceiptDocument.h"

#include <QFuture>

#include <optional>

namespace ss::core {

/// A job from the durable print queue, rendered from what is stored when it is taken.
struct PrintJob
{
    qint64 id = 0;
    QString kind; ///< "receipt", "report", "test"
    QString receiptNumber; ///< For a receipt.
    int attempts = 0;
    ReceiptDocument document;
};

/// The print queue in storage: jobs are written in the same transaction as what they print (a sale,
/// a Z report), so a job exists exactly when its sale does, and printed in order.
class PrintQueuePort
{
public:
    virtual ~PrintQueuePort() = default;
    /// The oldest job not yet printed, or std::nullopt when the queue is empty.
    [[nodiscard]] virtual QFuture<Result<std::optional<PrintJob>>> nextPending() = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> markPrinted(qint64 jobId) = 0;
    /// Keeps the job pending and records the attempt and its error (technical detail, no data).
    [[nodiscard]] virtual QFuture<Result<bool>> markAttemptFailed(qint64 jobId, const QString& error) = 0;
    [[nodiscard]] virtual QFuture<Result<qint64>> pendingCount() = 0;
    /// Queues a copy of a past receipt; NotFound for an unknown receipt number.
    [[nodiscard]] virtual QFuture<Result<qint64>> queueReprint(const QString& receiptNumber) = 0;
    /// Queues a page of receipt-width text (a report, a test page).
    [[nodiscard]] virtual QFuture<Result<qint64>> queueText(const QString& kind, const QString& text) = 0;
};

} // namespace ss::core
