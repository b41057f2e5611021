// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "catalog/PriceChange.h"

#include <QStringList>

#include <vector>

namespace ss::db {

/// The catalogue screen's list: products whose SKU, barcode or name contains `text` (any case), in
/// `category` (empty: all), inactive ones too when asked; at most `limit`, by name.
[[nodiscard]] core::Result<std::vector<core::CatalogRow>> catalogRows(
    Connection& connection, const QString& text, const QString& category, bool includeInactive, int limit = 1000);

[[nodiscard]] core::Result<QStringList> categoryNames(Connection& connection);

/// Deactivates or reactivates a product (never deleted: sales refer to it). Manager or owner; audited.
[[nodiscard]] core::Result<bool> setProductActive(
    Connection& connection, const QString& actorUid, const QString& productUid, bool active);

/// Applies a bulk price change to exactly the products previewed (by uid), each to the price the
/// preview showed, in one transaction; audited. Returns how many changed. A product whose price
/// moved since the preview is refused (AlreadyExists), and then nothing changes.
[[nodiscard]] core::Result<int> applyPriceChange(
    Connection& connection, const QString& actorUid, const std::vector<core::PriceChangeLine>& preview);

} // namespace ss::db
