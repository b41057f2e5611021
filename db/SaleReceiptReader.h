// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "receipt/ReceiptDocument.h"

namespace ss::db {

/// The receipt of a committed sale, rebuilt from what was stored (lines, payments, cashier, the
/// customer's first name and visit number), so a reprint says exactly what the first print said.
[[nodiscard]] core::Result<core::ReceiptDocument> saleReceipt(Connection& connection, qint64 saleId, bool copy);

/// The sale's row id from its receipt number; NotFound when there is none.
[[nodiscard]] core::Result<qint64> saleIdForReceipt(Connection& connection, const QString& receiptNumber);

} // namespace ss::db
