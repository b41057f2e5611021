// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "catalog/CategoryTree.h"

#include <vector>

namespace ss::db {

/// Every category with its parent and how many products are directly in it.
[[nodiscard]] core::Result<std::vector<core::CategoryNode>> categoryNodes(Connection& connection);

/// Creates (empty uid) or renames and moves a category, checked by CategoryTree::problem against
/// the store as it is; Catalogue permission, audited. Returns its uid.
[[nodiscard]] core::Result<QString> saveCategory(
    Connection& connection, const QString& actorUid, const QString& uid, const QString& name, const QString& parentUid);

/// Removes an empty category (no products, no subcategories); Catalogue permission, audited.
[[nodiscard]] core::Result<bool> removeCategory(Connection& connection, const QString& actorUid, const QString& uid);

} // namespace ss::db
