// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "catalog/ProductDraft.h"

#include <QStringList>

namespace ss::db {

/// One product for the product screen, with all its barcodes (main first). NotFound for an unknown uid.
[[nodiscard]] core::Result<core::ProductDraft> productDraft(Connection& connection, const QString& uid);

/// Creates (empty uid) or changes a product, in one transaction, audited; returns its uid. Only
/// with the Catalogue permission. InvalidArgument lists what is wrong with the fields (one per
/// line), AlreadyExists the SKU or codes another product has; nothing is written then. A new
/// product starts with no stock: stock comes in through the ledger.
[[nodiscard]] core::Result<QString> saveProduct(
    Connection& connection, const QString& actorUid, const core::ProductDraft& draft);

/// The tax class codes a product may have, "standard" first.
[[nodiscard]] core::Result<QStringList> taxCodes(Connection& connection);

} // namespace ss::db
