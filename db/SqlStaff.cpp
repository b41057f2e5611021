// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlStaff.h"

#include "DbWorker.h"
#include "PinHash.h"
#include "Statement.h"

namespace ss::db {

using core::CashierRecord;
using core::Result;

SqlStaff::SqlStaff(DbWorker& worker)
    : m_worker(worker)
{ }

QFuture<Result<std::vector<CashierRecord>>> SqlStaff::activeStaff()
{
    return m_worker.run<std::vector<CashierRecord>>([](Connection& connection) -> Result<std::vector<CashierRecord>> {
        auto statement
            = Statement::prepare(connection, "SELECT uid, name, role FROM cashiers WHERE active = 1 ORDER BY name");
        if (!statement)
            return std::unexpected(statement.error());
        std::vector<CashierRecord> staff;
        auto read = statement->forEach([&](const Statement& row) {
            staff.push_back({row.columnText(0), row.columnText(1),
                core::roleFromKey(row.columnText(2)).value_or(core::Role::Cashier)});
        });
        if (!read)
            return std::unexpected(read.error());
        return staff;
    });
}

QFuture<Result<std::optional<CashierRecord>>> SqlStaff::verifyPin(const QString& cashierUid, const QString& pin)
{
    return m_worker.run<std::optional<CashierRecord>>(
        [cashierUid, pin](Connection& connection) -> Result<std::optional<CashierRecord>> {
            auto statement = Statement::prepare(
                connection, "SELECT name, role, pin_hash FROM cashiers WHERE uid = ?1 AND active = 1");
            if (!statement)
                return std::unexpected(statement.error());
            statement->bind(1, cashierUid);
            auto row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row || !db::verifyPin(statement->columnText(2), pin))
                return std::optional<CashierRecord>();
            return std::optional<CashierRecord>(CashierRecord {cashierUid, statement->columnText(0),
                core::roleFromKey(statement->columnText(1)).value_or(core::Role::Cashier)});
        });
}

} // namespace ss::db
