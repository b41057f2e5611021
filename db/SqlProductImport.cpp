// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlProductImport.h"

#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "export/Csv.h"

#include <array>

namespace ss::db {

using core::ErrorCode;
using core::Result;

Result<core::CatalogSnapshot> loadCatalogSnapshot(Connection& connection)
{
    core::CatalogSnapshot snapshot;
    auto products = Statement::prepare(connection,
        "SELECT p.uid, p.sku, coalesce(p.barcode, ''), p.name, coalesce(g.uid, ''), t.code, p.price_minor,"
        " coalesce(p.cost_minor, 0), p.stock FROM products p JOIN tax_classes t ON t.id = p.tax_class_id"
        " LEFT JOIN categories g ON g.id = p.category_id");
    if (!products)
        return std::unexpected(products.error());
    if (auto read = products->forEach([&](const Statement& row) {
            core::ProductRecord product {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                row.columnText(4), row.columnText(5), core::Money::fromMinor(row.columnInt(6)),
                core::Money::fromMinor(row.columnInt(7)), row.columnInt(8)};
            if (!product.barcode.isEmpty())
                snapshot.skuByBarcode.insert(product.barcode, product.sku);
            snapshot.bySku.insert(product.sku, std::move(product));
        });
        !read)
        return std::unexpected(read.error());
    // A product's other codes are taken too: a file may not give them to another product.
    auto extra = Statement::prepare(
        connection, "SELECT b.code, p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id");
    if (!extra)
        return std::unexpected(extra.error());
    if (auto read = extra->forEach(
            [&](const Statement& row) { snapshot.skuByBarcode.insert(row.columnText(0), row.columnText(1)); });
        !read)
        return std::unexpected(read.error());
    // The default for new products: the class called "standard", else the highest rate.
    auto taxes = Statement::prepare(
        connection, "SELECT code FROM tax_classes ORDER BY (code = 'standard') DESC, rate_bp DESC, code");
    if (!taxes)
        return std::unexpected(taxes.error());
    if (auto read = taxes->forEach([&](const Statement& row) {
            if (snapshot.defaultTaxCode.isEmpty())
                snapshot.defaultTaxCode = row.columnText(0);
            snapshot.taxCodes.insert(row.columnText(0));
        });
        !read)
        return std::unexpected(read.error());
    return snapshot;
}

namespace {

enum Sql {
    Categories,
    InsertCategory,
    InsertProduct,
    UpdateProduct,
    CurrentStock,
    SetStock,
    StockEntry,
    Audit,
    ClearOtherCodes,
    FreeMainCode,
    InsertOtherCode,
    SqlCount,
};

// A cost of 0 is stored as unknown (NULL): files leave the cost out far more often than they mean "free".
constexpr std::array<std::string_view, SqlCount> kSql = {
    "SELECT id, name FROM categories",
    "INSERT INTO categories(uid, parent_id, name) VALUES (?1, NULL, ?2)",
    "INSERT INTO products(uid, sku, barcode, name, category_id, price_minor, cost_minor, tax_class_id, stock,"
    " created_at, updated_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, nullif(?7, 0), id, 0, ?8, ?8 FROM tax_classes"
    " WHERE code = ?9",
    "UPDATE products SET barcode = ?2, name = ?3, category_id = coalesce(?4, category_id), price_minor = ?5,"
    " cost_minor = nullif(?6, 0), tax_class_id = (SELECT id FROM tax_classes WHERE code = ?7), updated_at = ?8 WHERE "
    "uid = ?1",
    "SELECT id, stock FROM products WHERE uid = ?1",
    "UPDATE products SET stock = stock + ?2, updated_at = ?3 WHERE id = ?1",
    "INSERT INTO stock_movements(product_id, delta, reason, sale_id, cashier_id, created_at)"
    " VALUES (?1, ?2, 'count', NULL, (SELECT id FROM cashiers WHERE uid = ?3), ?4)",
    "INSERT INTO audit_log(uid, at, cashier_id, action, detail)"
    " VALUES (?1, ?2, (SELECT id FROM cashiers WHERE uid = ?3), 'import_products', ?4)",
    "DELETE FROM product_barcodes WHERE product_id = (SELECT id FROM products WHERE uid = ?1)",
    // A product's other code becoming its main one leaves the other list first (a code lives once).
    "DELETE FROM product_barcodes WHERE code = ?2 AND product_id = (SELECT id FROM products WHERE uid = ?1)",
    "INSERT INTO product_barcodes(code, product_id, added_at) SELECT ?2, id, ?3 FROM products WHERE uid = ?1",
};

/// The category of that name (case-insensitive, top level), made when the store has none.
Result<std::optional<qint64>> categoryFor(Connection& connection, std::vector<Statement>& sql,
    QHash<QString, qint64>& known, const QString& name, ImportApplied& applied)
{
    if (name.isEmpty())
        return std::optional<qint64> {};
    const QString key = name.toCaseFolded();
    if (const auto found = known.constFind(key); found != known.constEnd())
        return std::optional<qint64>(*found);
    if (auto r = sql[InsertCategory].bind(1, core::newUid()).bind(2, name).run(); !r)
        return std::unexpected(r.error());
    ++applied.categoriesCreated;
    const qint64 id = connection.lastInsertRowId();
    known.insert(key, id);
    return std::optional<qint64>(id);
}

} // namespace

Result<ImportApplied> applyProductImport(Connection& connection, const core::ImportPlan& plan,
    const QString& cashierUid, bool skipRejected, const std::function<void(int, int)>& progress)
{
    if (!plan.canApply(skipRejected))
        return core::fail(ErrorCode::InvalidArgument,
            plan.fileProblems.isEmpty() && plan.rejects > 0 ? QStringLiteral("%1 rows are rejected").arg(plan.rejects)
                                                            : QStringLiteral("nothing to import"));
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto sql = Statement::prepareAll(connection, kSql);
    if (!sql)
        return std::unexpected(sql.error());
    QHash<QString, qint64> categories;
    if (auto read = (*sql)[Categories].forEach(
            [&](const Statement& row) { categories.insert(row.columnText(1).toCaseFolded(), row.columnInt(0)); });
        !read)
        return std::unexpected(read.error());
    (*sql)[Categories].reset();

    ImportApplied applied;
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    const int total = static_cast<int>(plan.rows.size());
    int done = 0;
    for (const core::PlannedRow& row : plan.rows) {
        if (progress && done % 500 == 0)
            progress(done, total);
        ++done;
        if (row.action == core::ImportAction::Reject) {
            ++applied.skipped;
            continue;
        }
        auto category = categoryFor(connection, *sql, categories, row.categoryName, applied);
        if (!category)
            return std::unexpected(category.error());
        const core::ProductRecord& product = row.product;
        QString uid = product.uid;
        if (row.action == core::ImportAction::Update) {
            Statement& free = row.otherBarcodes ? (*sql)[ClearOtherCodes] : (*sql)[FreeMainCode];
            free.bind(1, uid);
            if (!row.otherBarcodes)
                free.bind(2, product.barcode);
            if (auto r = free.run(); !r)
                return std::unexpected(r.error());
        }
        if (row.action == core::ImportAction::Create) {
            uid = core::newUid();
            Statement& insert = (*sql)[InsertProduct];
            insert.bind(1, uid).bind(2, product.sku).bindOptional(3, product.barcode).bind(4, product.name);
            if (*category)
                insert.bind(5, **category);
            else
                insert.bindNull(5);
            insert.bind(6, product.price).bind(7, product.cost).bind(8, now).bind(9, product.taxClassCode);
            if (auto r = insert.run(); !r)
                return std::unexpected(r.error());
            if (connection.changes() != 1) // the tax class went away since the dry run
                return core::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown tax class"));
            ++applied.created;
        } else {
            Statement& update = (*sql)[UpdateProduct];
            update.bind(1, uid).bindOptional(2, product.barcode).bind(3, product.name);
            if (*category)
                update.bind(4, **category);
            else
                update.bindNull(4);
            update.bind(5, product.price).bind(6, product.cost).bind(7, product.taxClassCode).bind(8, now);
            if (auto r = update.run(); !r)
                return std::unexpected(r.error());
            ++applied.updated;
        }
        for (const QString& code : row.otherBarcodes.value_or(QStringList {}))
            if (auto r = (*sql)[InsertOtherCode].bind(1, uid).bind(2, code).bind(3, now).run(); !r)
                return std::unexpected(r.error());
        if (!row.setsStock)
            continue;
        // The stock figure is derived from the ledger: the file's count becomes a 'count' entry.
        Statement& current = (*sql)[CurrentStock];
        current.bind(1, uid);
        auto found = current.step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return core::fail(ErrorCode::Internal, QStringLiteral("imported product not found"));
        const qint64 productId = current.columnInt(0);
        const qint64 delta = product.stock - current.columnInt(1);
        current.reset();
        if (delta == 0)
            continue;
        if (auto r = (*sql)[StockEntry].bind(1, productId).bind(2, delta).bind(3, cashierUid).bind(4, now).run(); !r)
            return std::unexpected(r.error());
        if (auto r = (*sql)[SetStock].bind(1, productId).bind(2, delta).bind(3, now).run(); !r)
            return std::unexpected(r.error());
        ++applied.stockEntries;
    }
    const QString detail = QStringLiteral("created=%1 updated=%2 skipped=%3")
                               .arg(applied.created)
                               .arg(applied.updated)
                               .arg(applied.skipped);
    if (auto r = (*sql)[Audit].bind(1, core::newUid()).bind(2, now).bind(3, cashierUid).bind(4, detail).run(); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    if (progress)
        progress(total, total);
    return applied;
}

Result<QByteArray> exportProductsCsv(Connection& connection)
{
    auto products = Statement::prepare(connection,
        "SELECT p.sku, coalesce(p.barcode, ''), p.name, coalesce(g.name, ''), p.price_minor, p.cost_minor, t.code,"
        " p.stock, p.active, (SELECT group_concat(code, ' ') FROM (SELECT code FROM product_barcodes b"
        " WHERE b.product_id = p.id ORDER BY added_at, code)) FROM products p JOIN tax_classes t ON t.id = "
        "p.tax_class_id"
        " LEFT JOIN categories g ON g.id = p.category_id ORDER BY p.sku");
    if (!products)
        return std::unexpected(products.error());
    QByteArray csv = core::csvRow({QStringLiteral("sku"), QStringLiteral("barcode"), QStringLiteral("name"),
        QStringLiteral("category"), QStringLiteral("price"), QStringLiteral("cost"), QStringLiteral("tax"),
        QStringLiteral("stock"), QStringLiteral("active"), QStringLiteral("other_barcodes")});
    if (auto read = products->forEach([&](const Statement& row) {
            const bool hasCost = !row.columnIsNull(5);
            csv += core::csvRow({row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                core::Money::fromMinor(row.columnInt(4)).toDecimalString(),
                hasCost ? core::Money::fromMinor(row.columnInt(5)).toDecimalString() : QString(), row.columnText(6),
                QString::number(row.columnInt(7)), row.columnInt(8) != 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                row.columnText(9)});
        });
        !read)
        return std::unexpected(read.error());
    return csv;
}

} // namespace ss::db
