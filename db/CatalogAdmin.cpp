// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogAdmin.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "staff/Role.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

Result<std::vector<core::CatalogRow>> catalogRows(
    Connection& connection, const QString& text, const QString& category, bool includeInactive, int limit)
{
    auto list = Statement::prepare(connection,
        "SELECT p.uid, p.sku, coalesce(p.barcode, ''), p.name, coalesce(g.name, ''), p.price_minor, p.stock, p.active,"
        " p.cost_minor, t.rate_bp, t.inclusive FROM products p JOIN tax_classes t ON t.id = p.tax_class_id"
        " LEFT JOIN categories g ON g.id = p.category_id"
        " WHERE (?1 = '' OR p.sku LIKE ?2 ESCAPE '\\' OR p.barcode LIKE ?2 ESCAPE '\\' OR p.name LIKE ?2 ESCAPE '\\'"
        " OR EXISTS (SELECT 1 FROM product_barcodes b WHERE b.product_id = p.id AND b.code = ?1))"
        // A category includes its subcategories: "Trains" lists the locomotives too.
        " AND (?3 = '' OR p.category_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM categories WHERE name = ?3"
        " UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)) AND (?4 = 1 OR "
        "p.active = 1) ORDER BY p.name COLLATE NOCASE LIMIT ?5");
    if (!list)
        return std::unexpected(list.error());
    QString pattern = text.trimmed();
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    // A null QString would bind NULL, and NULL = '' is never true: "no filter" must be ''.
    const QString anyText = text.trimmed().isEmpty() ? QStringLiteral("") : text.trimmed();
    const QString anyCategory = category.isEmpty() ? QStringLiteral("") : category;
    list->bind(1, anyText).bind(2, QStringLiteral("%") + pattern + QStringLiteral("%")).bind(3, anyCategory);
    list->bind(4, includeInactive).bind(5, limit);
    std::vector<core::CatalogRow> rows;
    if (auto read = list->forEach([&](const Statement& row) {
            rows.push_back({row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                row.columnText(4), core::Money::fromMinor(row.columnInt(5)), row.columnInt(6), row.columnInt(7) != 0,
                row.columnIsNull(8) ? std::nullopt : std::optional(core::Money::fromMinor(row.columnInt(8))),
                static_cast<int>(row.columnInt(9)), row.columnInt(10) != 0});
        });
        !read)
        return std::unexpected(read.error());
    return rows;
}

Result<QStringList> categoryNames(Connection& connection)
{
    auto list = Statement::prepare(connection, "SELECT DISTINCT name FROM categories ORDER BY name COLLATE NOCASE");
    if (!list)
        return std::unexpected(list.error());
    QStringList names;
    if (auto read = list->forEach([&](const Statement& row) { names << row.columnText(0); }); !read)
        return std::unexpected(read.error());
    return names;
}

Result<bool> setProductActive(Connection& connection, const QString& actorUid, const QString& productUid, bool active)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Catalogue, "change the catalogue");
    if (!actor)
        return std::unexpected(actor.error());
    auto update = Statement::prepare(connection, "UPDATE products SET active = ?2, updated_at = ?3 WHERE uid = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, productUid).bind(2, active).bind(3, core::toStorageTime(QDateTime::currentDateTimeUtc()));
    if (auto r = update->run(); !r)
        return std::unexpected(r.error());
    if (connection.changes() != 1)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such product"));
    if (auto r = writeAudit(connection, *actor,
            active ? QStringLiteral("product_reactivated") : QStringLiteral("product_deactivated"),
            QStringLiteral("product=%1").arg(productUid));
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<int> applyPriceChange(
    Connection& connection, const QString& actorUid, const std::vector<core::PriceChangeLine>& preview)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Prices, "change prices");
    if (!actor)
        return std::unexpected(actor.error());
    // Only where the price is still what the preview showed: a price changed meanwhile stops it all.
    auto update = Statement::prepare(
        connection, "UPDATE products SET price_minor = ?2, updated_at = ?4 WHERE uid = ?1 AND price_minor = ?3");
    if (!update)
        return std::unexpected(update.error());
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    int changed = 0;
    for (const core::PriceChangeLine& line : preview) {
        update->bind(1, line.product.uid).bind(2, line.newPrice).bind(3, line.product.price).bind(4, now);
        if (auto r = update->run(); !r)
            return std::unexpected(r.error());
        if (connection.changes() != 1)
            return core::fail(ErrorCode::AlreadyExists,
                QStringLiteral("the price of %1 changed since the preview").arg(line.product.sku));
        ++changed;
    }
    if (auto r = writeAudit(
            connection, *actor, QStringLiteral("bulk_price_change"), QStringLiteral("products=%1").arg(changed));
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return changed;
}

} // namespace ss::db
