// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCatalog.h"

#include "DbWorker.h"
#include "Statement.h"

namespace ss::db {

using core::ProductSnapshot;
using core::Result;

namespace {

constexpr std::string_view kSelect = "SELECT p.uid, p.sku, coalesce(p.barcode, ''), p.name, p.price_minor, t.rate_bp,"
                                     " t.inclusive FROM products p JOIN tax_classes t ON t.id = p.tax_class_id ";

ProductSnapshot readProduct(const Statement& row)
{
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
        core::Money::fromMinor(row.columnInt(4)), static_cast<int>(row.columnInt(5)), row.columnInt(6) != 0};
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
        // Barcode first (the scanner's case), then SKU (typed); both are unique indexes.
        auto byBarcode = findOne(connection, "WHERE p.barcode = ?1 AND p.active = 1", code);
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

} // namespace ss::db
