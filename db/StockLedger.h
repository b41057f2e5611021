// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "catalog/StockChange.h"

#include <vector>

namespace ss::db {

/// Records a stock change as a ledger entry and moves the product's stock by the same delta, in one
/// transaction, audited (manager or owner only). Returns the stock after. Errors: PermissionDenied,
/// InvalidArgument (StockRules::problem, in words), NotFound.
[[nodiscard]] core::Result<qint64> recordStockChange(
    Connection& connection, const QString& actorUid, const core::StockChange& change);

/// The product a scanned or typed code (barcode or SKU) stands for, with its stock.
[[nodiscard]] core::Result<std::optional<core::StockLine>> stockLineByCode(Connection& connection, const QString& code);

/// Active products holding `atMost` or fewer, fewest first.
[[nodiscard]] core::Result<std::vector<core::StockLine>> lowStock(
    Connection& connection, qint64 atMost, int limit = 500);

} // namespace ss::db
