// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShelfLabelJobs.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "StoreFile.h"
#include "UtcTime.h"

#include <QDateTime>

namespace ss::db {

using core::ErrorCode;
using core::Result;

Result<std::vector<core::ShelfLabel>> shelfLabels(Connection& connection, const QStringList& productUids)
{
    if (productUids.size() > core::ShelfLabels::kMaxPerJob)
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("too many labels in one job"));
    auto read = Statement::prepare(
        connection, "SELECT name, price_minor, coalesce(nullif(barcode, ''), sku), sku FROM products WHERE uid = ?1");
    if (!read)
        return std::unexpected(read.error());
    std::vector<core::ShelfLabel> labels;
    for (const QString& uid : productUids) {
        read->reset();
        read->bind(1, uid);
        auto row = read->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return core::fail(ErrorCode::NotFound, QStringLiteral("no such product"));
        labels.push_back({read->columnText(0), core::Money::fromMinor(read->columnInt(1)), read->columnText(2),
            read->columnText(3)});
    }
    return labels;
}

Result<qint64> queueShelfLabels(Connection& connection, const QString& actorUid, const QStringList& productUids)
{
    auto actor = permittedStaffId(connection, actorUid, core::Permission::ShelfLabels, "print shelf labels");
    if (!actor)
        return std::unexpected(actor.error());
    if (productUids.isEmpty())
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("no products chosen"));
    if (auto known = shelfLabels(connection, productUids); !known) // every product exists, now
        return std::unexpected(known.error());
    auto insert
        = Statement::prepare(connection, "INSERT INTO print_jobs(kind, body, created_at) VALUES ('label', ?1, ?2)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, productUids.join(u'\n')).bind(2, core::toStorageTime(QDateTime::currentDateTimeUtc()));
    if (auto r = insert->run(); !r)
        return std::unexpected(r.error());
    return connection.lastInsertRowId();
}

Result<core::ReceiptDocument> shelfLabelPaper(Connection& connection, const QString& body)
{
    auto store = readStoreProfile(connection);
    if (!store)
        return std::unexpected(store.error());
    // A product deactivated since still has its row (products are never deleted), so this only
    // fails on a damaged job; the spooler then keeps it with the error.
    auto labels = shelfLabels(connection, body.split(u'\n', Qt::SkipEmptyParts));
    if (!labels)
        return std::unexpected(labels.error());
    return core::ShelfLabels::onReceiptPaper(*labels, store->currency);
}

} // namespace ss::db
