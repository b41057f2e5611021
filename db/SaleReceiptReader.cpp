// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleReceiptReader.h"

#include "SqlOfferRules.h"

#include "Statement.h"
#include "StoreFile.h"
#include "UtcTime.h"
#include "offers/OfferRules.h"

namespace ss::db {

using core::Result;

namespace {

struct SaleHeader
{
    core::SaleRecord sale;
    QString cashierName;
    core::ReceiptGreeting greeting;
};

Result<SaleHeader> readHeader(Connection& connection, qint64 saleId)
{
    auto statement = Statement::prepare(connection,
        "SELECT s.uid, s.receipt_no, s.terminal_id, s.kind, s.currency, s.subtotal_minor, s.discount_minor,"
        " s.tax_minor, s.total_minor, s.created_at, w.name, coalesce(c.first_name, ''),"
        " CASE WHEN s.customer_id IS NULL THEN 0 ELSE (SELECT count(*) FROM sales v WHERE v.customer_id ="
        " s.customer_id AND v.kind = 'sale' AND (v.created_at < s.created_at OR (v.created_at = s.created_at AND v.id "
        "<= s.id))) END"
        " FROM sales s JOIN cashiers w ON w.id = s.cashier_id LEFT JOIN customers c ON c.id = s.customer_id"
        " WHERE s.id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, saleId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(core::ErrorCode::NotFound, QStringLiteral("no such sale"));
    SaleHeader header;
    core::SaleRecord& sale = header.sale;
    sale.uid = statement->columnText(0);
    sale.receiptNumber = statement->columnText(1);
    sale.terminalId = statement->columnText(2);
    sale.isRefund = statement->columnText(3) == u"refund";
    sale.currency = statement->columnText(4);
    sale.subtotal = core::Money::fromMinor(statement->columnInt(5));
    sale.discount = core::Money::fromMinor(statement->columnInt(6));
    sale.tax = core::Money::fromMinor(statement->columnInt(7));
    sale.total = core::Money::fromMinor(statement->columnInt(8));
    sale.createdAtUtc = core::fromStorageTime(statement->columnText(9));
    header.cashierName = statement->columnText(10);
    header.greeting.firstName = statement->columnText(11); // empty when anonymous or erased
    header.greeting.visit = sale.isRefund ? 0 : statement->columnInt(12);
    return header;
}

Result<void> readLines(Connection& connection, qint64 saleId, core::SaleRecord& sale)
{
    auto lines = Statement::prepare(connection,
        "SELECT description, quantity, unit_price_minor, discount_minor, tax_rate_bp, tax_minor, total_minor"
        " FROM sale_lines WHERE sale_id = ?1 ORDER BY line_no");
    if (!lines)
        return std::unexpected(lines.error());
    lines->bind(1, saleId);
    auto read = lines->forEach([&](const Statement& row) {
        core::SaleLineRecord line;
        line.description = row.columnText(0);
        line.quantity = row.columnInt(1);
        line.unitPrice = core::Money::fromMinor(row.columnInt(2));
        line.discount = core::Money::fromMinor(row.columnInt(3));
        line.taxRateBasisPoints = static_cast<int>(row.columnInt(4));
        line.tax = core::Money::fromMinor(row.columnInt(5));
        line.total = core::Money::fromMinor(row.columnInt(6));
        sale.lines.push_back(std::move(line));
    });
    if (!read)
        return read;
    auto payments = Statement::prepare(connection,
        "SELECT tender, amount_minor, change_minor, coalesce(reference, '') FROM payments WHERE sale_id = ?1"
        " ORDER BY seq");
    if (!payments)
        return std::unexpected(payments.error());
    payments->bind(1, saleId);
    return payments->forEach([&](const Statement& row) {
        core::PaymentRecord payment;
        payment.tender = row.columnText(0) == u"card" ? core::Tender::Card : core::Tender::Cash;
        payment.amount = core::Money::fromMinor(row.columnInt(1));
        payment.change = core::Money::fromMinor(row.columnInt(2));
        payment.reference = row.columnText(3);
        sale.payments.push_back(std::move(payment));
    });
}

/// The coupon this sale earned (the receipt carries it), unless it was voided by a refund since.
Result<void> readIssuedCoupon(Connection& connection, qint64 saleId, core::SaleRecord& sale)
{
    auto statement = Statement::prepare(connection,
        "SELECT p.uid, p.code, p.discount_kind, p.discount_value, p.min_spend_minor, p.valid_from, p.valid_until,"
        " CASE WHEN p.replaces_coupon_id IS NULL THEN coalesce(r.name, '') ELSE '' END, p.replaces_coupon_id IS NOT "
        "NULL"
        ", coalesce(g.name, '') FROM coupons p LEFT JOIN offer_rules r ON r.id = p.rule_id"
        " LEFT JOIN categories g ON g.id = p.category_id"
        " WHERE p.issued_sale_id = ?1 AND p.voided_at IS NULL ORDER BY p.id LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, saleId);
    return statement->forEach([&](const Statement& row) {
        core::CouponRecord coupon;
        coupon.uid = row.columnText(0);
        coupon.code = row.columnText(1);
        coupon.discountKind = row.columnText(2) == u"amount" ? core::DiscountKind::Amount : core::DiscountKind::Percent;
        coupon.discountValue = row.columnInt(3);
        coupon.minimumSpend = core::Money::fromMinor(row.columnInt(4));
        coupon.validFromUtc = core::fromStorageTime(row.columnText(5));
        coupon.validUntilUtc = core::fromStorageTime(row.columnText(6));
        coupon.headline = row.columnInt(8) != 0 ? core::SaleReceipt::tr("Your coupon is back, for your next visit")
                                                : row.columnText(7);
        coupon.categoryName = row.columnText(9);
        sale.issuedCoupon = coupon;
    });
}

/// The customer's own referral code and a friend's welcome offer, when a referral offer is on.
Result<void> readReferral(Connection& connection, qint64 saleId, core::ReceiptGreeting& greeting)
{
    auto statement = Statement::prepare(connection,
        "SELECT c.referral_code, r.name, r.parameters FROM sales s JOIN customers c ON c.id = s.customer_id,"
        " offer_rules r WHERE s.id = ?1 AND s.kind = 'sale' AND c.referral_code IS NOT NULL AND c.erased_at IS NULL"
        " AND r.kind = 'referral' AND r.active = 1 ORDER BY r.priority DESC, r.id LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, saleId);
    return statement->forEach([&](const Statement& row) {
        const auto terms = core::parseOfferTerms(row.columnText(2));
        if (!terms)
            return;
        core::CouponRecord welcome;
        welcome.code = row.columnText(0);
        welcome.headline = row.columnText(1);
        welcome.discountKind = terms->kind;
        welcome.discountValue = terms->value;
        greeting.referral = welcome;
    });
}

/// With an add-on offer on: the products most often bought with this sale's, that it does not have.
Result<void> readSuggestions(Connection& connection, qint64 saleId, core::ReceiptGreeting& greeting)
{
    auto rule = activeOfferRule(connection, QStringLiteral("addon"));
    if (!rule)
        return std::unexpected(rule.error());
    if (!*rule)
        return {};
    int minimumSales = 3; // "minimumSales=N": a pair seen fewer times is chance, not a habit
    int count = 1;
    for (const QString& line : (*rule)->parameters.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"minimumSales="))
            minimumSales = std::max(1, line.section(u'=', 1).toInt());
        else if (line.startsWith(u"suggestions="))
            count = std::clamp(line.section(u'=', 1).toInt(), 1, 3);
    }
    auto statement = Statement::prepare(connection,
        "SELECT p.name FROM product_pairs pp JOIN products p ON p.id = pp.other_id"
        " WHERE pp.product_id IN (SELECT product_id FROM sale_lines WHERE sale_id = ?1 AND product_id IS NOT NULL)"
        " AND pp.other_id NOT IN (SELECT product_id FROM sale_lines WHERE sale_id = ?1 AND product_id IS NOT NULL)"
        " AND p.active = 1 AND pp.sales >= ?2 GROUP BY pp.other_id ORDER BY sum(pp.sales) DESC, p.id LIMIT ?3");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, saleId).bind(2, minimumSales).bind(3, count);
    return statement->forEach([&](const Statement& found) { greeting.suggestions << found.columnText(0); });
}

} // namespace

Result<core::ReceiptDocument> saleReceipt(Connection& connection, qint64 saleId, bool copy)
{
    auto header = readHeader(connection, saleId);
    if (!header)
        return std::unexpected(header.error());
    if (auto r = readLines(connection, saleId, header->sale); !r)
        return std::unexpected(r.error());
    if (auto r = readIssuedCoupon(connection, saleId, header->sale); !r)
        return std::unexpected(r.error());
    if (auto r = readReferral(connection, saleId, header->greeting); !r)
        return std::unexpected(r.error());
    if (!header->sale.isRefund) {
        if (auto r = readSuggestions(connection, saleId, header->greeting); !r)
            return std::unexpected(r.error());
    }
    auto store = readStoreProfile(connection);
    if (!store)
        return std::unexpected(store.error());
    return core::SaleReceipt::build(*store, header->sale, header->cashierName, header->greeting, copy);
}

Result<qint64> saleIdForReceipt(Connection& connection, const QString& receiptNumber)
{
    auto statement = Statement::prepare(connection, "SELECT id FROM sales WHERE receipt_no = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, receiptNumber.trimmed().toUpper());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(core::ErrorCode::NotFound, QStringLiteral("no sale with that receipt number"));
    return statement->columnInt(0);
}

} // namespace ss::db
