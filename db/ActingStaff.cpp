// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActingStaff.h"

#include "Statement.h"
#include "StoreFile.h"
#include "Uid.h"
#include "UtcTime.h"

namespace ss::db {

core::Result<ActingStaff> actingStaff(Connection& connection, const QString& actorUid, const char* what)
{
    auto statement = Statement::prepare(connection, "SELECT id, role FROM cashiers WHERE uid = ?1 AND active = 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, actorUid);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const auto role = *row ? core::roleFromKey(statement->columnText(1)) : std::nullopt;
    if (!role)
        return core::fail(core::ErrorCode::PermissionDenied, QString::fromLatin1(what));
    return ActingStaff {statement->columnInt(0), *role};
}

core::Result<qint64> requireActingStaff(
    Connection& connection, const QString& actorUid, bool (*allowed)(core::Role), const char* what)
{
    auto staff = actingStaff(connection, actorUid, what);
    if (!staff)
        return std::unexpected(staff.error());
    if (!allowed(staff->role))
        return core::fail(core::ErrorCode::PermissionDenied, QString::fromLatin1(what));
    return staff->id;
}

core::Result<core::RolePermissions> loadRolePermissions(Connection& connection)
{
    auto stored = readMeta(connection, QStringLiteral("manager_permissions"));
    if (!stored)
        return std::unexpected(stored.error());
    return core::RolePermissions::fromKey(*stored);
}

core::Result<ActingStaff> requirePermission(
    Connection& connection, const QString& actorUid, core::Permission permission, const char* what)
{
    auto staff = actingStaff(connection, actorUid, what);
    if (!staff)
        return std::unexpected(staff.error());
    auto permissions = loadRolePermissions(connection);
    if (!permissions)
        return std::unexpected(permissions.error());
    if (!permissions->allows(staff->role, permission))
        return core::fail(core::ErrorCode::PermissionDenied, QString::fromLatin1(what));
    return staff;
}

core::Result<qint64> permittedStaffId(
    Connection& connection, const QString& actorUid, core::Permission permission, const char* what)
{
    auto staff = requirePermission(connection, actorUid, permission, what);
    if (!staff)
        return std::unexpected(staff.error());
    return staff->id;
}

core::Result<void> writeAudit(
    Connection& connection, std::optional<qint64> actorId, const QString& action, const QString& detail)
{
    auto insert = Statement::prepare(
        connection, "INSERT INTO audit_log(uid, at, cashier_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, core::newUid()).bind(2, core::toStorageTime(QDateTime::currentDateTimeUtc()));
    if (actorId)
        insert->bind(3, *actorId);
    else
        insert->bindNull(3);
    return insert->bind(4, action).bind(5, detail).run();
}

} // namespace ss::db
