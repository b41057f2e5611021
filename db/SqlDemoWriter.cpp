// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDemoWriter.h"

#include "Connection.h"
#include "PinHash.h"
#include "StoreFile.h"

namespace ss::db {

using core::Result;

namespace {
constexpr int kBatch = 5000;
} // namespace

SqlDemoWriter::SqlDemoWriter(Connection& connection)
    : m_connection(connection)
{ }

QByteArray SqlDemoWriter::couponKey() const
{
    if (m_couponKey.isEmpty()) // made by the schema's migration step 7 when the store was created
        m_couponKey = QByteArray::fromHex(
            m_connection.queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"coupon key")
                .value_or(QString())
                .toLatin1());
    return m_couponKey;
}

Result<void> SqlDemoWriter::batch()
{
    if (m_transaction && ++m_pending >= kBatch) {
        auto committed = m_transaction->commit();
        m_transaction.reset();
        m_pending = 0;
        if (!committed)
            return committed;
    }
    if (!m_transaction) {
        auto transaction = Transaction::begin(m_connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        m_transaction.emplace(std::move(*transaction));
    }
    return {};
}

Result<Statement*> SqlDemoWriter::prepared(std::string_view sql)
{
    for (auto& [text, statement] : m_statements) {
        if (text == sql)
            return &statement;
    }
    auto statement = Statement::prepare(m_connection, sql);
    if (!statement)
        return std::unexpected(statement.error());
    m_statements.emplace_back(sql, std::move(*statement));
    return &m_statements.back().second;
}

Result<void> SqlDemoWriter::finish()
{
    if (!m_transaction) {
        if (auto r = batch(); !r)
            return r;
    }
    if (!m_terminalId.isEmpty()) {
        auto counter = prepared("INSERT OR REPLACE INTO receipt_counters(terminal_id, last_seq) VALUES (?1, ?2)");
        if (!counter)
            return std::unexpected(counter.error());
        if (auto r = (*counter)->bind(1, m_terminalId).bind(2, m_lastSequence).run(); !r)
            return r;
    }
    auto committed = m_transaction->commit();
    m_transaction.reset();
    return committed;
}

Result<void> SqlDemoWriter::addStore(const core::StoreProfile& profile)
{
    if (auto r = batch(); !r)
        return r;
    m_terminalId = profile.terminalId;
    return writeStoreProfile(m_connection, profile);
}

Result<void> SqlDemoWriter::addTaxClass(const core::TaxClass& taxClass)
{
    if (auto r = batch(); !r)
        return r;
    auto s = prepared("INSERT INTO tax_classes(code, name, rate_bp, inclusive) VALUES (?1, ?2, ?3, ?4)");
    if (!s)
        return std::unexpected(s.error());
    return (*s)
        ->bind(1, taxClass.code)
        .bind(2, taxClass.name)
        .bind(3, taxClass.rateBasisPoints)
        .bind(4, taxClass.inclusive)
        .run();
}

Result<void> SqlDemoWriter::addCategory(const core::CategoryRecord& category)
{
    if (auto r = batch(); !r)
        return r;
    auto s = prepared(
        "INSERT INTO categories(uid, parent_id, name) VALUES (?1, (SELECT id FROM categories WHERE uid = ?2), ?3)");
    if (!s)
        return std::unexpected(s.error());
    return (*s)->bind(1, category.uid).bind(2, category.parentUid).bind(3, category.name).run();
}

Result<void> SqlDemoWriter::addProduct(const core::ProductRecord& product)
{
    if (auto r = batch(); !r)
        return r;
    auto s
        = prepared("INSERT INTO products(uid, sku, barcode, name, category_id, price_minor, cost_minor, tax_class_id,"
                   " stock, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, (SELECT id FROM categories WHERE uid = ?5),"
                   " ?6, ?7, (SELECT id FROM tax_classes WHERE code = ?8), ?9, ?10, ?10)");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, product.uid).bind(2, product.sku).bindOptional(3, product.barcode).bind(4, product.name);
    (*s)->bind(5, product.categoryUid).bind(6, product.price).bind(7, product.cost).bind(8, product.taxClassCode);
    // Catalogue entries predate the history; 2000-01-01 marks them as "before the demo began".
    (*s)->bind(9, product.stock).bind(10, QStringLiteral("2000-01-01T00:00:00.000Z"));
    return (*s)->run();
}

Result<void> SqlDemoWriter::addCashier(const core::CashierRecord& cashier, const QString& pin)
{
    if (auto r = batch(); !r)
        return r;
    auto hash = hashPin(pin);
    if (!hash)
        return std::unexpected(hash.error());
    auto s = prepared("INSERT INTO cashiers(uid, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, cashier.uid).bind(2, cashier.name).bind(3, core::roleKey(cashier.role)).bind(4, *hash);
    return (*s)->bind(5, QStringLiteral("2000-01-01T00:00:00.000Z")).run();
}

Result<void> SqlDemoWriter::addCustomer(const core::CustomerRecord& customer)
{
    if (auto r = batch(); !r)
        return r;
    auto s = prepared(
        "INSERT INTO customers(uid, first_name, last_name, email, phone_e164, postcode, created_at, created_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT id FROM cashiers WHERE uid = ?8))");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, customer.uid).bindOptional(2, customer.firstName).bindOptional(3, customer.lastName);
    (*s)->bindOptional(4, customer.email).bindOptional(5, customer.phoneE164).bindOptional(6, customer.postcode);
    return (*s)->bind(7, customer.createdAtUtc).bind(8, customer.createdByCashierUid).run();
}

Result<void> SqlDemoWriter::addConsent(const core::ConsentRecord& consent)
{
    if (auto r = batch(); !r)
        return r;
    auto s
        = prepared("INSERT INTO consents(uid, customer_id, channel, granted, wording_version, cashier_id, recorded_at)"
                   " VALUES (?1, (SELECT id FROM customers WHERE uid = ?2), ?3, ?4, ?5,"
                   " (SELECT id FROM cashiers WHERE uid = ?6), ?7)");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, consent.uid).bind(2, consent.customerUid).bind(3, core::consentChannelKey(consent.channel));
    (*s)->bind(4, consent.granted)
        .bind(5, consent.wordingVersion)
        .bind(6, consent.cashierUid)
        .bind(7, consent.recordedAtUtc);
    return (*s)->run();
}

Result<void> SqlDemoWriter::addOfferRule(const core::OfferRuleRecord& rule)
{
    if (auto r = batch(); !r)
        return r;
    auto s = prepared("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, rule.uid).bind(2, rule.kind).bind(3, rule.name).bind(4, rule.parameters).bind(5, rule.priority);
    return (*s)->bind(6, rule.active).bind(7, rule.createdAtUtc).run();
}

Result<void> SqlDemoWriter::addSale(const core::SaleRecord& sale)
{
    if (auto r = batch(); !r)
        return r;
    if (!m_sales) {
        auto writer = SqlSaleWriter::create(m_connection);
        if (!writer)
            return std::unexpected(writer.error());
        m_sales.emplace(std::move(*writer));
    }
    auto id = m_sales->insert(sale, ReceiptJob::None);
    if (!id)
        return std::unexpected(id.error());
    ++m_lastSequence;
    return {};
}

Result<void> SqlDemoWriter::countStock(const QString& productUid, qint64 counted, const QDateTime& atUtc)
{
    if (auto r = batch(); !r)
        return r;
    auto movement = prepared("INSERT INTO stock_movements(product_id, delta, reason, created_at)"
                             " SELECT id, ?2 - stock, 'count', ?3 FROM products WHERE uid = ?1");
    if (!movement)
        return std::unexpected(movement.error());
    if (auto r = (*movement)->bind(1, productUid).bind(2, counted).bind(3, atUtc).run(); !r)
        return r;
    auto update = prepared("UPDATE products SET stock = ?2, updated_at = ?3 WHERE uid = ?1");
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bind(1, productUid).bind(2, counted).bind(3, atUtc).run();
}

} // namespace ss::db
