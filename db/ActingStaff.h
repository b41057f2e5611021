// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "staff/Permissions.h"
#include "staff/Role.h"

#include <optional>

namespace ss::db {

struct ActingStaff
{
    qint64 id = 0;
    core::Role role = core::Role::Cashier;
};

/// The acting member of staff when they are active; PermissionDenied (with `what`) otherwise.
[[nodiscard]] core::Result<ActingStaff> actingStaff(Connection& connection, const QString& actorUid, const char* what);

/// The acting member of staff's row id when they are active and `allowed(role)`; PermissionDenied
/// (with `what` in the detail) otherwise. Checked in the store, whatever screen or script calls.
[[nodiscard]] core::Result<qint64> requireActingStaff(
    Connection& connection, const QString& actorUid, bool (*allowed)(core::Role), const char* what);

/// What managers may do, as the owner set it (defaults when the owner never chose).
[[nodiscard]] core::Result<core::RolePermissions> loadRolePermissions(Connection& connection);

/// The acting member of staff when they are active and their role has `permission` under the
/// owner's setting; PermissionDenied (with `what`) otherwise.
[[nodiscard]] core::Result<ActingStaff> requirePermission(
    Connection& connection, const QString& actorUid, core::Permission permission, const char* what);

/// requirePermission's row id of the acting member of staff, for callers that need no more.
[[nodiscard]] core::Result<qint64> permittedStaffId(
    Connection& connection, const QString& actorUid, core::Permission permission, const char* what);

/// One audit-log entry at the current time. `actorId` is the acting member of staff's row id (none
/// for the terminal itself, e.g. a scheduled backup). `detail` must never hold personal data.
[[nodiscard]] core::Result<void> writeAudit(
    Connection& connection, std::optional<qint64> actorId, const QString& action, const QString& detail);

} // namespace ss::db
