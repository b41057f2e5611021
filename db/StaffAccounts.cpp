// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffAccounts.h"

#include "ActingStaff.h"
#include "PinHash.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "store/StoreSetup.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

/// The acting member of staff, when they may look after staff accounts at all.
Result<ActingStaff> backOfficeActor(Connection& connection, const QString& actorUid)
{
    return requirePermission(connection, actorUid, core::Permission::StaffAccounts, "staff accounts");
}

Result<core::StaffMember> member(Connection& connection, const QString& staffUid)
{
    auto find = Statement::prepare(connection, "SELECT uid, name, role, active FROM cashiers WHERE uid = ?1");
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, staffUid);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such member of staff"));
    return core::StaffMember {{find->columnText(0), find->columnText(1),
                                  core::roleFromKey(find->columnText(2)).value_or(core::Role::Cashier)},
        find->columnInt(3) != 0};
}

Result<void> audit(Connection& connection, qint64 actorId, const QString& action, const QString& staffUid)
{
    return writeAudit(connection, actorId, action, QStringLiteral("staff=%1").arg(staffUid));
}

/// Active owners once `staffUid` is given `role` and `active`.
Result<qint64> ownersAfter(Connection& connection, const QString& staffUid, core::Role role, bool active)
{
    auto count = Statement::prepare(
        connection, "SELECT count(*) FROM cashiers WHERE role = 'owner' AND active = 1 AND uid <> ?1");
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, staffUid);
    auto row = count->step();
    if (!row)
        return std::unexpected(row.error());
    return count->columnInt(0) + (role == core::Role::Owner && active ? 1 : 0);
}

Result<void> refuse(const std::optional<QString>& reason, ErrorCode code = ErrorCode::PermissionDenied)
{
    if (reason)
        return core::fail(code, *reason);
    return {};
}

/// What every change to an existing account starts with: the write transaction, the actor, the
/// account, and whether the actor may change it.
struct AccountChange
{
    Transaction transaction;
    ActingStaff actor;
    core::StaffMember target;
};

Result<AccountChange> beginChange(Connection& connection, const QString& actorUid, const QString& staffUid)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = backOfficeActor(connection, actorUid);
    if (!actor)
        return std::unexpected(actor.error());
    auto target = member(connection, staffUid);
    if (!target)
        return std::unexpected(target.error());
    if (auto r = refuse(core::StaffRules::mayChange(actor->role, *target)); !r)
        return std::unexpected(r.error());
    return AccountChange {std::move(*transaction), *actor, *target};
}

/// Refuses a change that would leave the shop without an active owner.
Result<void> keepsAnOwner(Connection& connection, const QString& staffUid, core::Role role, bool active)
{
    auto owners = ownersAfter(connection, staffUid, role, active);
    if (!owners)
        return std::unexpected(owners.error());
    return refuse(core::StaffRules::keepsAnOwner(static_cast<int>(*owners)), ErrorCode::InvalidArgument);
}

} // namespace

Result<std::vector<core::StaffMember>> listStaff(Connection& connection, const QString& actorUid)
{
    if (auto actor = backOfficeActor(connection, actorUid); !actor)
        return std::unexpected(actor.error());
    auto list = Statement::prepare(
        connection, "SELECT uid, name, role, active FROM cashiers ORDER BY active DESC, name COLLATE NOCASE");
    if (!list)
        return std::unexpected(list.error());
    std::vector<core::StaffMember> staff;
    if (auto read = list->forEach([&](const Statement& row) {
            staff.push_back({{row.columnText(0), row.columnText(1),
                                 core::roleFromKey(row.columnText(2)).value_or(core::Role::Cashier)},
                row.columnInt(3) != 0});
        });
        !read)
        return std::unexpected(read.error());
    return staff;
}

Result<core::StaffMember> addStaff(
    Connection& connection, const QString& actorUid, const QString& name, core::Role role, const QString& pin)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = backOfficeActor(connection, actorUid);
    if (!actor)
        return std::unexpected(actor.error());
    if (auto r = refuse(core::StaffRules::mayGiveRole(actor->role, role)); !r)
        return std::unexpected(r.error());
    if (auto r = refuse(core::StaffRules::nameProblem(name), ErrorCode::InvalidArgument); !r)
        return std::unexpected(r.error());
    if (!core::StoreSetupRules::isValidPin(pin))
        return core::fail(ErrorCode::InvalidArgument, core::StaffRules::tr("A PIN is 4 to 8 digits."));
    auto hash = hashPin(pin);
    if (!hash)
        return std::unexpected(hash.error());
    const core::StaffMember added {{core::newUid(), name.trimmed(), role}, true};
    auto insert = Statement::prepare(
        connection, "INSERT INTO cashiers(uid, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, added.record.uid).bind(2, added.record.name).bind(3, core::roleKey(role)).bind(4, *hash);
    if (auto r = insert->bind(5, core::toStorageTime(QDateTime::currentDateTimeUtc())).run(); !r)
        return std::unexpected(r.error());
    if (auto r = audit(connection, actor->id, QStringLiteral("staff_added"), added.record.uid); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return added;
}

Result<bool> setStaffActive(Connection& connection, const QString& actorUid, const QString& staffUid, bool active)
{
    auto change = beginChange(connection, actorUid, staffUid);
    if (!change)
        return std::unexpected(change.error());
    if (auto r = keepsAnOwner(connection, staffUid, change->target.record.role, active); !r)
        return std::unexpected(r.error());
    auto update = Statement::prepare(connection, "UPDATE cashiers SET active = ?2 WHERE uid = ?1");
    if (!update)
        return std::unexpected(update.error());
    if (auto r = update->bind(1, staffUid).bind(2, active).run(); !r)
        return std::unexpected(r.error());
    const QString action = active ? QStringLiteral("staff_reactivated") : QStringLiteral("staff_deactivated");
    if (auto r = audit(connection, change->actor.id, action, staffUid); !r)
        return std::unexpected(r.error());
    if (auto r = change->transaction.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> resetStaffPin(Connection& connection, const QString& actorUid, const QString& staffUid, const QString& pin)
{
    if (!core::StoreSetupRules::isValidPin(pin))
        return core::fail(ErrorCode::InvalidArgument, core::StaffRules::tr("A PIN is 4 to 8 digits."));
    auto change = beginChange(connection, actorUid, staffUid);
    if (!change)
        return std::unexpected(change.error());
    auto hash = hashPin(pin);
    if (!hash)
        return std::unexpected(hash.error());
    auto update = Statement::prepare(connection, "UPDATE cashiers SET pin_hash = ?2 WHERE uid = ?1");
    if (!update)
        return std::unexpected(update.error());
    if (auto r = update->bind(1, staffUid).bind(2, *hash).run(); !r)
        return std::unexpected(r.error());
    if (auto r = audit(connection, change->actor.id, QStringLiteral("pin_reset"), staffUid); !r)
        return std::unexpected(r.error());
    if (auto r = change->transaction.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> setStaffRole(Connection& connection, const QString& actorUid, const QString& staffUid, core::Role role)
{
    auto change = beginChange(connection, actorUid, staffUid);
    if (!change)
        return std::unexpected(change.error());
    if (auto r = refuse(core::StaffRules::mayGiveRole(change->actor.role, role)); !r)
        return std::unexpected(r.error());
    if (auto r = keepsAnOwner(connection, staffUid, role, change->target.active); !r)
        return std::unexpected(r.error());
    auto update = Statement::prepare(connection, "UPDATE cashiers SET role = ?2 WHERE uid = ?1");
    if (!update)
        return std::unexpected(update.error());
    if (auto r = update->bind(1, staffUid).bind(2, core::roleKey(role)).run(); !r)
        return std::unexpected(r.error());
    if (auto r = audit(connection, change->actor.id, QStringLiteral("role_changed"), staffUid); !r)
        return std::unexpected(r.error());
    if (auto r = change->transaction.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace ss::db
