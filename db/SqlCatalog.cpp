// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCatalog.h"

#include "DbWorker.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "catalog/Gtin.h"
#include "sale/Cart.h"
#include "scan/ProductCode.h"

#include <QDateTime>

namespace ss::db {

using core::ProductSnapshot;
using core::Result;

namespace {

constexpr std::string_view kSelect
    = "SELECT p.uid, p.sku, coalesce(p.barcode, ''), p.name, p.price_minor, t.rate_bp, t.inclusive, coalesce(g.uid, '')"
      " FROM products p JOIN tax_classes t ON t.id = p.tax_class_id LEFT JOIN categories g ON g.id = p.category_id ";

ProductSnapshot readProduct(const Statement& row)
{
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
        core::Money::fromMinor(row.columnInt(4)), static_cast<int>(row.columnInt(5)), row.columnInt(6) != 0,
        row.columnText(7)};
}

Result<std::optional<ProductSnapshot>> findOne(Connection& connection, std::string_view where, const QString& value)
{
    auto statement = Statement::prepare(connection, std::string(kSelect) + std::string(where));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ProductSnapshot>();
    return std::optional<ProductSnapshot>(readProduct(*statement));
}

/// LIKE pattern for "contains `text`", with the user's % and _ taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

SqlCatalog::SqlCatalog(DbWorker& worker)
    : m_worker(worker)
{ }

QFuture<Result<std::optional<ProductSnapshot>>> SqlCatalog::findByCode(const QString& code)
{
    return m_worker.run<std::optional<ProductSnapshot>>([code](Connection& connection) {
        // Barcode first (the scanner's case: the main code or one of the product's others), then
        // SKU (typed); each code belongs to one product only (unique index and schema triggers).
        auto byBarcode = findOne(connection,
            "WHERE (p.barcode = ?1 OR p.id = (SELECT product_id FROM product_barcodes WHERE code = ?1))"
            " AND p.active = 1",
            code);
        if (!byBarcode || *byBarcode)
            return byBarcode;
        return findOne(connection, "WHERE p.sku = ?1 AND p.active = 1", code);
    });
}

QFuture<Result<std::optional<ProductSnapshot>>> SqlCatalog::findByUid(const QString& uid)
{
    return m_worker.run<std::optional<ProductSnapshot>>(
        [uid](Connection& connection) { return findOne(connection, "WHERE p.uid = ?1", uid); });
}

QFuture<Result<std::vector<ProductSnapshot>>> SqlCatalog::search(const QString& text, int limit)
{
    const QString pattern = containsPattern(text.trimmed().left(64));
    const int capped = std::clamp(limit, 1, 200);
    return m_worker.run<std::vector<ProductSnapshot>>(
        [pattern, capped](Connection& connection) -> Result<std::vector<ProductSnapshot>> {
            auto statement = Statement::prepare(connection,
                std::string(kSelect)
                    + "WHERE p.active = 1 AND (p.name LIKE ?1 ESCAPE '\\' OR"
                      " p.sku LIKE ?1 ESCAPE '\\') ORDER BY p.name LIMIT ?2");
            if (!statement)
                return std::unexpected(statement.error());
            statement->bind(1, pattern).bind(2, capped);
            std::vector<ProductSnapshot> products;
            auto read = statement->forEach([&](const Statement& row) { products.push_back(readProduct(row)); });
            if (!read)
                return std::unexpected(read.error());
            return products;
        });
}

QFuture<Result<std::vector<core::TaxClassInfo>>> SqlCatalog::taxClasses()
{
    return m_worker.run<std::vector<core::TaxClassInfo>>(
        [](Connection& connection) -> Result<std::vector<core::TaxClassInfo>> {
            auto statement
                = Statement::prepare(connection, "SELECT code, name, rate_bp FROM tax_classes ORDER BY rate_bp DESC");
            if (!statement)
                return std::unexpected(statement.error());
            std::vector<core::TaxClassInfo> classes;
            auto read = statement->forEach([&](const Statement& row) {
                classes.push_back({row.columnText(0), row.columnText(1), static_cast<int>(row.columnInt(2))});
            });
            if (!read)
                return std::unexpected(read.error());
            return classes;
        });
}

QFuture<Result<ProductSnapshot>> SqlCatalog::addProduct(const core::NewProduct& product, const QString& cashierUid)
{
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    return m_worker.run<ProductSnapshot>([product, cashierUid, now](Connection& connection) -> Result<ProductSnapshot> {
        auto barcode = core::normaliseProductCode(product.barcode);
        if (!barcode)
            return std::unexpected(barcode.error());
        const QString name = product.name.trimmed().left(120);
        if (name.isEmpty())
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("a product needs a name"));
        if (product.price.isNegative() || product.price.minor() > core::Cart::kMaxUnitPriceMinor)
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("price out of range"));
        auto existing = findOne(connection, "WHERE p.barcode = ?1 OR p.sku = ?1", *barcode);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return core::fail(
                core::ErrorCode::AlreadyExists, QStringLiteral("that barcode is already in the catalogue"));

        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        const QString uid = core::newUid();
        auto insert = Statement::prepare(connection,
            "INSERT INTO products(uid, sku, barcode, name, price_minor, tax_class_id, stock, created_at, updated_at)"
            " SELECT ?1, ?2, ?3, ?4, ?5, id, 0, ?6, ?6 FROM tax_classes WHERE code = ?7");
        if (!insert)
            return std::unexpected(insert.error());
        // The barcode doubles as the SKU until the back office gives it the shop's own.
        insert->bind(1, uid).bind(2, *barcode).bind(3, *barcode).bind(4, name).bind(5, product.price).bind(6, now);
        insert->bind(7, product.taxClassCode);
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
        if (connection.changes() != 1)
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("unknown tax class"));
        auto audit = Statement::prepare(connection,
            "INSERT INTO audit_log(uid, at, cashier_id, action, detail)"
            " VALUES (?1, ?2, (SELECT id FROM cashiers WHERE uid = ?3), 'add_product', ?4)");
        if (!audit)
            return std::unexpected(audit.error());
        audit->bind(1, core::newUid()).bind(2, now).bind(3, cashierUid).bind(4, QStringLiteral("sku=%1").arg(*barcode));
        if (auto r = audit->run(); !r)
            return std::unexpected(r.error());
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
        auto added = findOne(connection, "WHERE p.uid = ?1", uid);
        if (!added)
            return std::unexpected(added.error());
        return added->value();
    });
}

} // namespace ss::db
