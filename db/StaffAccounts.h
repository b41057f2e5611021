// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "staff/StaffRules.h"

#include <vector>

namespace ss::db {

/// Staff accounts as the back office changes them. Each checks the acting member of staff in the
/// store (active, and StaffRules allow it), writes an audit entry naming who and whom (never a PIN),
/// and refuses to leave the shop without an active owner. Errors: PermissionDenied, InvalidArgument
/// (a bad name or PIN, with the reason), NotFound.
[[nodiscard]] core::Result<std::vector<core::StaffMember>> listStaff(Connection& connection, const QString& actorUid);
[[nodiscard]] core::Result<core::StaffMember> addStaff(
    Connection& connection, const QString& actorUid, const QString& name, core::Role role, const QString& pin);
[[nodiscard]] core::Result<bool> setStaffActive(
    Connection& connection, const QString& actorUid, const QString& staffUid, bool active);
[[nodiscard]] core::Result<bool> resetStaffPin(
    Connection& connection, const QString& actorUid, const QString& staffUid, const QString& pin);
[[nodiscard]] core::Result<bool> setStaffRole(
    Connection& connection, const QString& actorUid, const QString& staffUid, core::Role role);

} // namespace ss::db
