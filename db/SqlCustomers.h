// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/CustomerPort.h"

namespace ss::db {

class DbWorker;

/// Customers for the counter, on the database thread. Never logs personal data.
class SqlCustomers final : public core::CustomerPort
{
public:
    SqlCustomers(DbWorker& worker, const core::Clock& clock);

    QFuture<core::Result<std::vector<core::CustomerMatch>>> find(const core::CustomerQuery& query, int limit) override;
    QFuture<core::Result<std::vector<core::CustomerMatch>>> likelyDuplicates(
        const core::NewCustomer& customer) override;
    QFuture<core::Result<core::CustomerMatch>> create(const core::NewCustomer& customer) override;
    QFuture<core::Result<bool>> recordCapture(const QString& cashierUid, core::CaptureOutcome outcome,
        const QString& customerUid, const QString& reason) override;
    QFuture<core::Result<core::CaptureCounts>> captureCounts(const QString& cashierUid) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
};

} // namespace ss::db
