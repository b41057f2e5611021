// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePayload.h"

#include "Connection.h"
#include "Statement.h"

#include <QJsonArray>

#include <string_view>

namespace ss::db::sync {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

// Column names become the payload's member names (ChangePull.cpp binds them back by name).
constexpr std::string_view kSale
    = "SELECT s.uid AS uid, s.receipt_no AS receipt_no, s.terminal_id AS terminal_id, s.kind AS kind,"
      " o.uid AS original_sale_uid, c.uid AS customer_uid, s.currency AS currency,"
      " s.subtotal_minor AS subtotal_minor, s.discount_minor AS discount_minor, s.tax_minor AS tax_minor,"
      " s.total_minor AS total_minor, s.created_at AS created_at, s.order_no AS order_no"
      " FROM sales s LEFT JOIN sales o ON o.id = s.original_sale_id LEFT JOIN customers c ON c.id = s.customer_id"
      " WHERE s.uid = ?1";

constexpr std::string_view kSaleLines
    = "SELECT l.line_no AS line_no, p.uid AS product_uid, l.description AS description, l.quantity AS quantity,"
      " l.unit_price_minor AS unit_price_minor, l.discount_minor AS discount_minor, l.tax_rate_bp AS tax_rate_bp,"
      " l.tax_minor AS tax_minor, l.total_minor AS total_minor, l.original_line_no AS original_line_no"
      " FROM sale_lines l JOIN sales s ON s.id = l.sale_id LEFT JOIN products p ON p.id = l.product_id"
      " WHERE s.uid = ?1 ORDER BY l.line_no";

constexpr std::string_view kSalePayments
    = "SELECT y.tender AS tender, y.amount_minor AS amount_minor, y.change_minor AS change_minor"
      " FROM payments y JOIN sales s ON s.id = y.sale_id WHERE s.uid = ?1 ORDER BY y.seq";

constexpr std::string_view kCustomer
    = "SELECT c.uid AS uid, c.first_name AS first_name, c.last_name AS last_name, c.email AS email,"
      " c.phone_e164 AS phone_e164, c.postcode AS postcode, c.created_at AS created_at, c.erased_at AS erased_at,"
      " m.uid AS merged_into_uid, c.card_code AS card_code, c.referral_code AS referral_code"
      " FROM customers c LEFT JOIN customers m ON m.id = c.merged_into WHERE c.uid = ?1";

constexpr std::string_view kConsent
    = "SELECT k.uid AS uid, c.uid AS customer_uid, k.channel AS channel, k.granted AS granted,"
      " k.wording_version AS wording_version, k.recorded_at AS recorded_at"
      " FROM consents k JOIN customers c ON c.id = k.customer_id WHERE k.uid = ?1";

constexpr std::string_view kCoupon
    = "SELECT p.uid AS uid, p.code AS code, c.uid AS customer_uid, i.uid AS issued_sale_uid,"
      " p.discount_kind AS discount_kind, p.discount_value AS discount_value, p.min_spend_minor AS min_spend_minor,"
      " p.valid_from AS valid_from, p.valid_until AS valid_until, p.created_at AS created_at,"
      " g.uid AS category_uid, rs.uid AS redeemed_sale_uid, coalesce(rs.receipt_no, p.redeemed_elsewhere)"
      " AS redeemed_receipt, p.redeemed_at AS redeemed_at, p.voided_at AS voided_at"
      " FROM coupons p LEFT JOIN customers c ON c.id = p.customer_id LEFT JOIN sales i ON i.id = p.issued_sale_id"
      " LEFT JOIN categories g ON g.id = p.category_id LEFT JOIN sales rs ON rs.id = p.redeemed_sale_id"
      " WHERE p.uid = ?1";

constexpr std::string_view kProduct
    = "SELECT p.uid AS uid, p.sku AS sku, p.barcode AS barcode, p.name AS name, g.uid AS category_uid,"
      " p.price_minor AS price_minor, p.cost_minor AS cost_minor, t.code AS tax_class, p.active AS active,"
      " p.reorder_level AS reorder_level, p.created_at AS created_at, p.updated_at AS updated_at"
      " FROM products p JOIN tax_classes t ON t.id = p.tax_class_id LEFT JOIN categories g ON g.id = p.category_id"
      " WHERE p.uid = ?1";

std::string_view queryFor(const QString& entity)
{
    if (entity == u"sale")
        return kSale;
    if (entity == u"customer")
        return kCustomer;
    if (entity == u"consent")
        return kConsent;
    if (entity == u"coupon")
        return kCoupon;
    if (entity == u"product")
        return kProduct;
    return {};
}

Result<QJsonArray> rows(Connection& local, std::string_view sql, const QString& uid)
{
    auto query = Statement::prepare(local, sql);
    if (!query)
        return std::unexpected(query.error());
    QJsonArray list;
    if (auto read = query->bind(1, uid).forEach([&](const Statement& row) { list.append(row.rowAsJson()); }); !read)
        return std::unexpected(read.error());
    return list;
}

} // namespace

Result<QJsonObject> changePayload(Connection& local, const QString& entity, const QString& uid)
{
    const std::string_view sql = queryFor(entity);
    if (sql.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown outbox entity"));
    auto found = rows(local, sql, uid);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return QJsonObject {{QStringLiteral("uid"), uid}, {QStringLiteral("gone"), true}};
    QJsonObject payload = found->first().toObject();
    if (entity == u"sale") {
        auto lines = rows(local, kSaleLines, uid);
        if (!lines)
            return std::unexpected(lines.error());
        auto payments = rows(local, kSalePayments, uid);
        if (!payments)
            return std::unexpected(payments.error());
        payload.insert(QStringLiteral("lines"), *lines);
        payload.insert(QStringLiteral("payments"), *payments);
    }
    return payload;
}

} // namespace ss::db::sync
