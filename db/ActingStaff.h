// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "staff/Role.h"

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

} // namespace ss::db
