// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "store/StoreSettings.h"

namespace ss::db {

/// The owner's settings as the store holds them: the profile and the rest in `meta`, the tax
/// classes in their table (with how many products use each).
[[nodiscard]] core::Result<core::StoreSettings> readStoreSettings(Connection& connection);

/// Saves `next` whole in one transaction, for the owner only, after StoreSettingsRules agree with
/// the store as it is now (not as the screen last saw it). Audited with the names of what changed.
/// Returns those names (empty: nothing changed, nothing written). InvalidArgument carries the
/// problems, one per line.
[[nodiscard]] core::Result<QStringList> saveStoreSettings(
    Connection& connection, const QString& actorUid, const core::StoreSettings& next);

/// How many coupons a receipt may print (the owner's coupon default).
[[nodiscard]] core::Result<int> couponsPerReceipt(Connection& connection);

} // namespace ss::db
