// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/CustomerRecordsPort.h"

namespace ss::db {

class DbWorker;

/// The customer screens' storage on the database thread. Every call first checks, in the store,
/// that the acting member of staff is an active manager or owner. Never logs personal data.
class SqlCustomerRecords final : public core::CustomerRecordsPort
{
public:
    SqlCustomerRecords(DbWorker& worker, const core::Clock& clock);

    QFuture<core::Result<std::vector<core::CustomerSummary>>> list(
        const QString& actorUid, const core::CustomerQuery& query, int limit) override;
    QFuture<core::Result<core::CustomerProfile>> profile(const QString& actorUid, const QString& customerUid) override;
    QFuture<core::Result<bool>> update(const QString& actorUid, const core::CustomerEdit& edit) override;
    QFuture<core::Result<bool>> recordConsent(const QString& actorUid, const QString& customerUid,
        core::ConsentChannel channel, bool granted, const QString& wordingVersion) override;
    QFuture<core::Result<bool>> merge(
        const QString& actorUid, const QString& keptUid, const QString& mergedUid) override;
    QFuture<core::Result<core::CustomerDataExport>> exportData(
        const QString& actorUid, const QString& customerUid) override;
    QFuture<core::Result<bool>> erase(const QString& actorUid, const QString& customerUid) override;

private:
    DbWorker& m_worker;
    const core::Clock& m_clock;
};

} // namespace ss::db
