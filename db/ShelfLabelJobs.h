// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "labels/ShelfLabels.h"

#include <QStringList>

#include <vector>

namespace ss::db {

/// The labels of these products (by uid, in that order) as they are now: name, price, main
/// barcode (else SKU). NotFound when one is unknown.
[[nodiscard]] core::Result<std::vector<core::ShelfLabel>> shelfLabels(
    Connection& connection, const QStringList& productUids);

/// Queues shelf labels on the receipt printer (ShelfLabels permission). The job keeps the products,
/// not their prices: a label printed after a price change shows the new price. Returns the job id.
[[nodiscard]] core::Result<qint64> queueShelfLabels(
    Connection& connection, const QString& actorUid, const QStringList& productUids);

/// A queued label job's paper, from the products it names.
[[nodiscard]] core::Result<core::ReceiptDocument> shelfLabelPaper(Connection& connection, const QString& body);

} // namespace ss::db
