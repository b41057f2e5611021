// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "catalog/ProductImport.h"

#include <functional>

namespace ss::db {

/// What the store holds that an import is checked against (every product, its barcodes, the tax classes).
[[nodiscard]] core::Result<core::CatalogSnapshot> loadCatalogSnapshot(Connection& connection);

using core::ImportApplied;

/// Applies a plan in one transaction: all its rows or none. Refuses a plan that cannot apply
/// (ImportPlan::canApply). Products are never deleted; a stock figure in the file becomes a 'count'
/// entry in the stock ledger for the difference, so the stock stays the sum of its ledger.
/// `progress` (rows done, rows in all) is called now and then, from the calling thread.
/// Errors: InvalidArgument (the plan), AlreadyExists (the store changed since the plan: a barcode or
/// SKU taken meanwhile), DbFull, Io.
[[nodiscard]] core::Result<ImportApplied> applyProductImport(Connection& connection, const core::ImportPlan& plan,
    const QString& cashierUid, bool skipRejected = false, const std::function<void(int, int)>& progress = {});

/// Every product as CSV, in the columns an import reads back (sku, barcode, name, category, price,
/// cost, tax, stock, active).
[[nodiscard]] core::Result<QByteArray> exportProductsCsv(Connection& connection);

} // namespace ss::db
