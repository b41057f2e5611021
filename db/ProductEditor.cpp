// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductEditor.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ss::db {

using core::ErrorCode;
using core::ProductDraft;
using core::Result;

namespace {

class ProductEditorText
{
    Q_DECLARE_TR_FUNCTIONS(ProductEditorText)
};

Result<std::optional<qint64>> productId(Connection& connection, const QString& uid)
{
    auto find = Statement::prepare(connection, "SELECT id FROM products WHERE uid = ?1");
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, uid);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>(find->columnInt(0)) : std::nullopt;
}

/// Which other product (by SKU) already scans as `code`, if any.
Result<std::optional<QString>> codeOwner(Connection& connection, const QString& code, qint64 exceptId)
{
    auto find = Statement::prepare(connection,
        "SELECT sku FROM products WHERE barcode = ?1 AND id != ?2 UNION ALL SELECT p.sku FROM product_barcodes b"
        " JOIN products p ON p.id = b.product_id WHERE b.code = ?1 AND b.product_id != ?2 LIMIT 1");
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, code).bind(2, exceptId);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<QString>(find->columnText(0)) : std::nullopt;
}

/// The problems only the store can see: a code or SKU another product has, an unknown tax class.
Result<QStringList> storeProblems(Connection& connection, const ProductDraft& draft, qint64 id)
{
    QStringList problems;
    auto skuTaken = Statement::prepare(connection, "SELECT count(*) FROM products WHERE sku = ?1 AND id != ?2");
    if (!skuTaken)
        return std::unexpected(skuTaken.error());
    skuTaken->bind(1, draft.sku).bind(2, id);
    if (auto row = skuTaken->step(); !row)
        return std::unexpected(row.error());
    if (skuTaken->columnInt(0) > 0)
        problems << ProductEditorText::tr("The SKU %1 is already another product's.").arg(draft.sku);
    for (const QString& code : draft.barcodes) {
        auto owner = codeOwner(connection, code, id);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner)
            problems << ProductEditorText::tr("The barcode %1 already scans as product %2.").arg(code, **owner);
    }
    auto tax = Statement::prepare(connection, "SELECT count(*) FROM tax_classes WHERE code = ?1");
    if (!tax)
        return std::unexpected(tax.error());
    tax->bind(1, draft.taxCode);
    if (auto row = tax->step(); !row)
        return std::unexpected(row.error());
    if (tax->columnInt(0) == 0)
        problems << ProductEditorText::tr("There is no tax class \"%1\".").arg(draft.taxCode);
    return problems;
}

/// The category chosen by uid, else the one of that name (case-insensitive, top level first), made
/// at the top level when the shop has none.
Result<std::optional<qint64>> categoryId(Connection& connection, const QString& uid, const QString& name)
{
    if (!uid.isEmpty()) {
        auto byUid = Statement::prepare(connection, "SELECT id FROM categories WHERE uid = ?1");
        if (!byUid)
            return std::unexpected(byUid.error());
        byUid->bind(1, uid);
        auto row = byUid->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return core::fail(ErrorCode::NotFound, QStringLiteral("no such category"));
        return std::optional<qint64>(byUid->columnInt(0));
    }
    if (name.isEmpty())
        return std::optional<qint64> {};
    auto find = Statement::prepare(
        connection, "SELECT id FROM categories WHERE name = ?1 COLLATE NOCASE ORDER BY parent_id IS NOT NULL, id");
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, name);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return std::optional<qint64>(find->columnInt(0));
    auto insert = Statement::prepare(connection, "INSERT INTO categories(uid, parent_id, name) VALUES (?1, NULL, ?2)");
    if (!insert)
        return std::unexpected(insert.error());
    if (auto r = insert->bind(1, core::newUid()).bind(2, name).run(); !r)
        return std::unexpected(r.error());
    return std::optional<qint64>(connection.lastInsertRowId());
}

Statement& bindOptionalInt(Statement& statement, int index, const std::optional<qint64>& value)
{
    return value ? statement.bind(index, *value) : statement.bindNull(index);
}

Result<qint64> writeProduct(Connection& connection, const ProductDraft& draft, std::optional<qint64> id,
    std::optional<qint64> category, const QString& now)
{
    const QString mainCode = draft.barcodes.isEmpty() ? QString() : draft.barcodes.first();
    auto write = Statement::prepare(connection,
        id ? "UPDATE products SET sku = ?2, barcode = ?3, name = ?4, category_id = ?5, price_minor = ?6,"
             " cost_minor = ?7, tax_class_id = (SELECT id FROM tax_classes WHERE code = ?8), reorder_level = ?9,"
             " updated_at = ?10 WHERE id = ?1"
           : "INSERT INTO products(uid, sku, barcode, name, category_id, price_minor, cost_minor, tax_class_id,"
             " reorder_level, stock, created_at, updated_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, id, ?9, 0, ?10, ?10"
             " FROM tax_classes WHERE code = ?8");
    if (!write)
        return std::unexpected(write.error());
    if (id)
        write->bind(1, *id);
    else
        write->bind(1, core::newUid());
    write->bind(2, draft.sku).bindOptional(3, mainCode).bind(4, draft.name);
    bindOptionalInt(*write, 5, category).bind(6, draft.price);
    bindOptionalInt(*write, 7, draft.cost ? std::optional<qint64>(draft.cost->minor()) : std::nullopt);
    write->bind(8, draft.taxCode);
    bindOptionalInt(*write, 9, draft.reorderLevel).bind(10, now);
    if (auto r = write->run(); !r)
        return std::unexpected(r.error());
    return id ? *id : connection.lastInsertRowId();
}

Result<void> writeExtraCodes(Connection& connection, qint64 id, const QStringList& codes, const QString& now)
{
    auto insert = Statement::prepare(
        connection, "INSERT INTO product_barcodes(code, product_id, added_at) VALUES (?1, ?2, ?3)");
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 1; i < codes.size(); ++i)
        if (auto r = insert->bind(1, codes[i]).bind(2, id).bind(3, now).run(); !r)
            return std::unexpected(r.error());
    return {};
}

} // namespace

Result<ProductDraft> productDraft(Connection& connection, const QString& uid)
{
    auto read = Statement::prepare(connection,
        "SELECT p.id, p.sku, coalesce(p.barcode, ''), p.name, coalesce(g.name, ''), p.price_minor, p.cost_minor,"
        " t.code, p.reorder_level, p.active, coalesce(g.uid, '') FROM products p JOIN tax_classes t ON t.id = "
        "p.tax_class_id"
        " LEFT JOIN categories g ON g.id = p.category_id WHERE p.uid = ?1");
    if (!read)
        return std::unexpected(read.error());
    read->bind(1, uid);
    auto row = read->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such product"));
    ProductDraft draft;
    draft.uid = uid;
    draft.sku = read->columnText(1);
    if (const QString main = read->columnText(2); !main.isEmpty())
        draft.barcodes << main;
    draft.name = read->columnText(3);
    draft.category = read->columnText(4);
    draft.price = core::Money::fromMinor(read->columnInt(5));
    if (!read->columnIsNull(6))
        draft.cost = core::Money::fromMinor(read->columnInt(6));
    draft.taxCode = read->columnText(7);
    if (!read->columnIsNull(8))
        draft.reorderLevel = read->columnInt(8);
    draft.active = read->columnInt(9) != 0;
    draft.categoryUid = read->columnText(10);
    auto extra = Statement::prepare(
        connection, "SELECT code FROM product_barcodes WHERE product_id = ?1 ORDER BY added_at, code");
    if (!extra)
        return std::unexpected(extra.error());
    extra->bind(1, read->columnInt(0));
    if (auto r = extra->forEach([&](const Statement& code) { draft.barcodes << code.columnText(0); }); !r)
        return std::unexpected(r.error());
    return draft;
}

Result<QString> saveProduct(Connection& connection, const QString& actorUid, const ProductDraft& edited)
{
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Catalogue, "edit a product");
    if (!actor)
        return std::unexpected(actor.error());
    const ProductDraft draft = core::ProductDraftRules::normalised(edited);
    if (const QStringList problems = core::ProductDraftRules::problems(draft); !problems.isEmpty())
        return core::fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    std::optional<qint64> id;
    if (!draft.uid.isEmpty()) {
        auto found = productId(connection, draft.uid);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return core::fail(ErrorCode::NotFound, QStringLiteral("no such product"));
        id = *found;
    }
    auto problems = storeProblems(connection, draft, id.value_or(0));
    if (!problems)
        return std::unexpected(problems.error());
    if (!problems->isEmpty())
        return core::fail(ErrorCode::AlreadyExists, problems->join(u'\n'));
    auto category = categoryId(connection, draft.categoryUid, draft.category);
    if (!category)
        return std::unexpected(category.error());
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    // The old extra codes go first: one may become the main code, and a code lives in one place.
    if (id) {
        auto clear = Statement::prepare(connection, "DELETE FROM product_barcodes WHERE product_id = ?1");
        if (!clear)
            return std::unexpected(clear.error());
        if (auto r = clear->bind(1, *id).run(); !r)
            return std::unexpected(r.error());
    }
    auto written = writeProduct(connection, draft, id, *category, now);
    if (!written)
        return std::unexpected(written.error());
    if (auto r = writeExtraCodes(connection, *written, draft.barcodes, now); !r)
        return std::unexpected(r.error());
    if (auto r
        = writeAudit(connection, *actor, id ? QStringLiteral("product_edited") : QStringLiteral("product_created"),
            QStringLiteral("sku=%1 barcodes=%2").arg(draft.sku).arg(draft.barcodes.size()));
        !r)
        return std::unexpected(r.error());
    auto uid = connection.queryText("SELECT uid FROM products WHERE id = " + std::to_string(*written), u"product uid");
    if (!uid)
        return std::unexpected(uid.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return *uid;
}

Result<QStringList> taxCodes(Connection& connection)
{
    auto list = Statement::prepare(connection, "SELECT code FROM tax_classes ORDER BY (code = 'standard') DESC, id");
    if (!list)
        return std::unexpected(list.error());
    QStringList codes;
    if (auto r = list->forEach([&](const Statement& row) { codes << row.columnText(0); }); !r)
        return std::unexpected(r.error());
    return codes;
}

} // namespace ss::db
