// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockLedger.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "scan/ProductCode.h"
#include "staff/Role.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {
core::StockLine lineFrom(const Statement& row)
{
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnInt(3)};
}
} // namespace

Result<qint64> recordStockChange(Connection& connection, const QString& actorUid, const core::StockChange& change)
{
    if (const auto problem = core::StockRules::problem(change))
        return core::fail(ErrorCode::InvalidArgument, *problem);
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Stock, "change stock");
    if (!actor)
        return std::unexpected(actor.error());
    auto product = Statement::prepare(connection, "SELECT id, stock FROM products WHERE uid = ?1");
    if (!product)
        return std::unexpected(product.error());
    product->bind(1, change.productUid);
    auto found = product->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such product"));
    const qint64 productId = product->columnInt(0);
    const qint64 before = product->columnInt(1);
    const qint64 delta = core::StockRules::delta(change, before);
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    if (delta != 0) {
        auto entry = Statement::prepare(connection,
            "INSERT INTO stock_movements(product_id, delta, reason, sale_id, cashier_id, created_at)"
            " VALUES (?1, ?2, ?3, NULL, ?4, ?5)");
        if (!entry)
            return std::unexpected(entry.error());
        entry->bind(1, productId).bind(2, delta).bind(3, core::StockRules::reasonKey(change.reason));
        if (auto r = entry->bind(4, *actor).bind(5, now).run(); !r)
            return std::unexpected(r.error());
    }
    auto update = Statement::prepare(connection,
        "UPDATE products SET stock = stock + ?2, cost_minor = coalesce(?3, cost_minor), updated_at = ?4 WHERE id = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, productId).bind(2, delta);
    if (change.unitCost)
        update->bind(3, *change.unitCost);
    else
        update->bindNull(3);
    if (auto r = update->bind(4, now).run(); !r)
        return std::unexpected(r.error());
    const QString detail = QStringLiteral("product=%1 reason=%2 delta=%3")
                               .arg(change.productUid, core::StockRules::reasonKey(change.reason))
                               .arg(delta);
    if (auto r = writeAudit(connection, *actor, QStringLiteral("stock_change"), detail); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return before + delta;
}

Result<std::optional<core::StockLine>> stockLineByCode(Connection& connection, const QString& code)
{
    const QString key = core::normaliseProductCode(code).value_or(code.trimmed());
    auto find = Statement::prepare(connection,
        "SELECT uid, sku, name, stock FROM products WHERE barcode = ?1 OR sku = ?1"
        " OR id = (SELECT product_id FROM product_barcodes WHERE code = ?1) ORDER BY sku = ?1");
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, key);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<core::StockLine> {};
    return std::optional<core::StockLine>(lineFrom(*find));
}

Result<std::vector<core::StockLine>> lowStock(Connection& connection, qint64 atMost, int limit)
{
    auto list = Statement::prepare(connection,
        "SELECT uid, sku, name, stock FROM products WHERE active = 1 AND stock <= coalesce(reorder_level, ?1)"
        " ORDER BY stock, name LIMIT ?2");
    if (!list)
        return std::unexpected(list.error());
    list->bind(1, atMost).bind(2, limit);
    std::vector<core::StockLine> lines;
    if (auto read = list->forEach([&](const Statement& row) { lines.push_back(lineFrom(row)); }); !read)
        return std::unexpected(read.error());
    return lines;
}

} // namespace ss::db
