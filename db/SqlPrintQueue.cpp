// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlPrintQueue.h"

#include "DbWorker.h"
#include "SaleReceiptReader.h"
#include "ShelfLabelJobs.h"
#include "Statement.h"

namespace ss::db {

using core::Result;

SqlPrintQueue::SqlPrintQueue(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
{ }

QFuture<Result<std::optional<core::PrintJob>>> SqlPrintQueue::nextPending()
{
    return m_worker.run<std::optional<core::PrintJob>>(
        [](Connection& connection) -> Result<std::optional<core::PrintJob>> {
            auto statement = Statement::prepare(connection,
                "SELECT j.id, j.kind, coalesce(j.sale_id, 0), j.reprint, coalesce(j.body, ''), j.attempts,"
                " coalesce(s.receipt_no, '') FROM print_jobs j LEFT JOIN sales s ON s.id = j.sale_id"
                " WHERE j.status = 'pending' ORDER BY j.id LIMIT 1");
            if (!statement)
                return std::unexpected(statement.error());
            auto row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return std::optional<core::PrintJob>();
            core::PrintJob job;
            job.id = statement->columnInt(0);
            job.kind = statement->columnText(1);
            const qint64 saleId = statement->columnInt(2);
            const bool reprint = statement->columnInt(3) != 0;
            const QString body = statement->columnText(4);
            job.attempts = static_cast<int>(statement->columnInt(5));
            job.receiptNumber = statement->columnText(6);
            statement->reset();
            if (saleId != 0) {
                auto document = saleReceipt(connection, saleId, reprint);
                if (!document)
                    return std::unexpected(document.error());
                job.document = std::move(*document);
                // The session opens the drawer the moment the sale commits; a receipt printed later
                // (after paper was changed, say) must not open it again.
                job.document.openDrawer = false;
            } else if (job.kind == u"label") {
                auto paper = shelfLabelPaper(connection, body);
                if (!paper)
                    return std::unexpected(paper.error());
                job.document = std::move(*paper);
            } else {
                job.document = core::textReceipt(body);
            }
            return std::optional<core::PrintJob>(std::move(job));
        });
}

QFuture<Result<bool>> SqlPrintQueue::markPrinted(qint64 jobId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<bool>([jobId, now](Connection& connection) -> Result<bool> {
        auto statement = Statement::prepare(connection,
            "UPDATE print_jobs SET status = 'printed', printed_at = ?2, attempts = attempts + 1"
            " WHERE id = ?1 AND status = 'pending'");
        if (!statement)
            return std::unexpected(statement.error());
        if (auto r = statement->bind(1, jobId).bind(2, now).run(); !r)
            return std::unexpected(r.error());
        return connection.changes() == 1;
    });
}

QFuture<Result<bool>> SqlPrintQueue::markAttemptFailed(qint64 jobId, const QString& error)
{
    return m_worker.run<bool>([jobId, error](Connection& connection) -> Result<bool> {
        auto statement = Statement::prepare(connection,
            "UPDATE print_jobs SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1 AND status = 'pending'");
        if (!statement)
            return std::unexpected(statement.error());
        if (auto r = statement->bind(1, jobId).bind(2, error.left(200)).run(); !r)
            return std::unexpected(r.error());
        return connection.changes() == 1;
    });
}

QFuture<Result<qint64>> SqlPrintQueue::pendingCount()
{
    return m_worker.run<qint64>([](Connection& connection) {
        return connection.queryInt("SELECT count(*) FROM print_jobs WHERE status = 'pending'", u"pending jobs");
    });
}

QFuture<Result<qint64>> SqlPrintQueue::queueReprint(const QString& receiptNumber)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<qint64>([receiptNumber, now](Connection& connection) -> Result<qint64> {
        auto saleId = saleIdForReceipt(connection, receiptNumber);
        if (!saleId)
            return std::unexpected(saleId.error());
        auto insert = Statement::prepare(
            connection, "INSERT INTO print_jobs(sale_id, kind, reprint, created_at) VALUES (?1, 'receipt', 1, ?2)");
        if (!insert)
            return std::unexpected(insert.error());
        if (auto r = insert->bind(1, *saleId).bind(2, now).run(); !r)
            return std::unexpected(r.error());
        return connection.lastInsertRowId();
    });
}

QFuture<Result<qint64>> SqlPrintQueue::queueText(const QString& kind, const QString& text)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<qint64>([kind, text, now](Connection& connection) -> Result<qint64> {
        if (kind != u"report" && kind != u"test")
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("not a text job kind"));
        auto insert
            = Statement::prepare(connection, "INSERT INTO print_jobs(kind, body, created_at) VALUES (?1, ?2, ?3)");
        if (!insert)
            return std::unexpected(insert.error());
        if (auto r = insert->bind(1, kind).bind(2, text).bind(3, now).run(); !r)
            return std::unexpected(r.error());
        return connection.lastInsertRowId();
    });
}

} // namespace ss::db
