// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/StaffPort.h"

namespace ss::db {

class DbWorker;

/// Staff and PIN checks. The Argon2id verification (~50 ms) runs on the database thread.
class SqlStaff final : public core::StaffPort
{
public:
    explicit SqlStaff(DbWorker& worker);
    QFuture<core::Result<std::vector<core::CashierRecord>>> activeStaff() override;
    QFuture<core::Result<std::optional<core::CashierRecord>>> verifyPin(
        const QString& cashierUid, const QString& pin) override;

private:
    DbWorker& m_worker;
};

} // namespace ss::db
