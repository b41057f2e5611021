// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSaleWriter.h"

#include "SqlOfferRules.h"
#include "StoreSettingsStore.h"

#include "Connection.h"
#include "Uid.h"
#include "UtcTime.h"
#include "offers/CouponCode.h"
#include "offers/OfferRules.h"

namespace ss::db {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

enum Which {
    InsertSale,
    InsertLine,
    InsertPayment,
    UpdateStock,
    InsertMovement,
    RedeemCoupon,
    IssueCoupon,
    QueuePrintJob,
    FindProduct,
    FindCustomer,
    FindCashier,
    ReadSequence,
    WriteSequence,
    FindSale,
    ReturnableQuantity,
    CurrentShift,
    OpenShift,
    ActiveRules,
    CustomerVisits,
    VoidIssuedCoupons,
    LinesStillKept,
    CouponRedeemedBy,
    ReplaceCoupon,
    CategoriesBought,
    PairSeen,
    PairCount,
};

constexpr std::string_view kSql[] = {
    "INSERT INTO sales(uid, receipt_no, terminal_id, kind, cashier_id, customer_id, currency, subtotal_minor,"
    " discount_minor, tax_minor, total_minor, created_at, original_sale_id, shift_id)"
    " VALUES (?1, ?2, ?3, ?12, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?13, ?14)",
    "INSERT INTO sale_lines(sale_id, line_no, product_id, description, quantity, unit_price_minor, discount_minor,"
    " tax_rate_bp, tax_minor, total_minor, original_line_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO payments(sale_id, seq, tender, amount_minor, change_minor, reference) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE products SET stock = stock + ?2, updated_at = ?3 WHERE id = ?1",
    "INSERT INTO stock_movements(product_id, delta, reason, sale_id, cashier_id, created_at)"
    " VALUES (?1, ?2, ?6, ?3, ?4, ?5)",
    "UPDATE coupons SET redeemed_sale_id = ?1, redeemed_at = ?2 WHERE code = ?3 AND redeemed_sale_id IS NULL"
    " AND redeemed_elsewhere IS NULL AND voided_at IS NULL AND valid_from <= ?2 AND valid_until >= ?2",
    "INSERT INTO coupons(uid, code, rule_id, customer_id, issued_sale_id, discount_kind, discount_value,"
    " min_spend_minor, valid_from, valid_until, created_at, category_id) VALUES (?1, ?2,"
    " (SELECT id FROM offer_rules WHERE uid = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
    " (SELECT id FROM categories WHERE uid = ?12))",
    "INSERT INTO print_jobs(sale_id, kind, created_at) VALUES (?1, 'receipt', ?2)",
    "SELECT id FROM products WHERE uid = ?1",
    "SELECT id FROM customers WHERE uid = ?1",
    "SELECT id FROM cashiers WHERE uid = ?1 AND active = 1",
    "SELECT last_seq FROM receipt_counters WHERE terminal_id = ?1",
    "INSERT OR REPLACE INTO receipt_counters(terminal_id, last_seq) VALUES (?1, ?2)",
    "SELECT id, kind FROM sales WHERE uid = ?1",
    // Sold on the original line minus everything already returned of it (refund quantities are negative).
    "SELECT l.quantity + coalesce((SELECT sum(r.quantity) FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id"
    " WHERE rs.original_sale_id = l.sale_id AND r.original_line_no = l.line_no), 0)"
    " FROM sale_lines l WHERE l.sale_id = ?1 AND l.line_no = ?2",
    "SELECT id FROM shifts WHERE terminal_id = ?1 AND closed_at IS NULL",
    "INSERT INTO shifts(uid, terminal_id, opened_by, opened_at, opening_float_minor) VALUES (?1, ?2, ?3, ?4, 0)",
    "SELECT uid, kind, name, parameters, priority FROM offer_rules WHERE active = 1 ORDER BY priority DESC, id",
    "SELECT count(*) FROM sales WHERE customer_id = ?1 AND kind = 'sale'",
    "UPDATE coupons SET voided_at = ?2 WHERE issued_sale_id = ?1 AND redeemed_sale_id IS NULL AND voided_at IS NULL",
    // Lines of a sale some of which the customer still has (refund quantities are negative).
    "SELECT count(*) FROM sale_lines l WHERE l.sale_id = ?1 AND l.quantity + coalesce((SELECT sum(r.quantity)"
    " FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id WHERE rs.original_sale_id = l.sale_id"
    " AND r.original_line_no = l.line_no), 0) > 0",
    "SELECT id, rule_id, customer_id, discount_kind, discount_value, min_spend_minor, valid_until FROM coupons"
    " WHERE redeemed_sale_id = ?1 AND id NOT IN (SELECT replaces_coupon_id FROM coupons"
    " WHERE replaces_coupon_id IS NOT NULL)",
    "INSERT INTO coupons(uid, code, rule_id, customer_id, issued_sale_id, discount_kind, discount_value,"
    " min_spend_minor, valid_from, valid_until, created_at, replaces_coupon_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?11)",
    "SELECT g.uid FROM products p JOIN categories g ON g.id = p.category_id WHERE p.uid = ?1",
    "INSERT OR IGNORE INTO product_pairs(product_id, other_id, sales) VALUES (?1, ?2, 0)",
    "UPDATE product_pairs SET sales = sales + 1 WHERE product_id = ?1 AND other_id = ?2",
};

/// Looks up a rowid by uid with a prepared single-column query; NotFound names only the kind of record.
Result<qint64> findId(Statement& query, const QString& uid, QStringView what)
{
    query.bind(1, uid);
    auto row = query.step();
    const qint64 id = row && *row ? query.columnInt(0) : 0;
    query.reset();
    if (!row)
        return std::unexpected(row.error());
    if (id == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("unknown %1").arg(what));
    return id;
}

} // namespace

SqlSaleWriter::SqlSaleWriter(
    Connection& connection, std::vector<Statement> statements, FreshCodes codes, RepeatAggregates figures)
    : m_connection(&connection)
    , m_statements(std::move(statements))
    , m_codes(std::move(codes))
    , m_figures(std::move(figures))
{ }

Result<SqlSaleWriter> SqlSaleWriter::create(Connection& connection)
{
    auto statements = Statement::prepareAll(connection, kSql);
    if (!statements)
        return std::unexpected(statements.error());
    auto codes = FreshCodes::create(connection);
    if (!codes)
        return std::unexpected(codes.error());
    auto figures = RepeatAggregates::create(connection);
    if (!figures)
        return std::unexpected(figures.error());
    return SqlSaleWriter(connection, std::move(*statements), std::move(*codes), std::move(*figures));
}

Result<std::vector<core::CouponRecord>> SqlSaleWriter::couponsEarned(
    const core::SaleRecord& sale, std::optional<qint64> customerId)
{
    std::vector<core::OfferRuleRecord> rules;
    Statement& active = statement(ActiveRules);
    auto read = active.forEach([&](const Statement& row) {
        core::OfferRuleRecord rule;
        rule.uid = row.columnText(0);
        rule.kind = row.columnText(1);
        rule.name = row.columnText(2);
        rule.parameters = row.columnText(3);
        rule.priority = static_cast<int>(row.columnInt(4));
        rules.push_back(std::move(rule));
    });
    active.reset();
    if (!read)
        return std::unexpected(read.error());
    if (rules.empty())
        return std::vector<core::CouponRecord>();
    qint64 visit = 1;
    if (customerId) {
        Statement& visits = statement(CustomerVisits);
        visits.bind(1, *customerId);
        auto row = visits.step();
        visit = row && *row ? visits.columnInt(0) : 1; // this sale is already in: it counts itself
        visits.reset();
        if (!row)
            return std::unexpected(row.error());
    }
    QStringList categories;
    for (const core::SaleLineRecord& line : sale.lines) {
        if (!line.productUid.isEmpty())
            categories << line.productUid; // turned into category uids just below
    }
    if (!categories.isEmpty()) {
        Statement& bought = statement(CategoriesBought);
        QStringList uids;
        for (const QString& product : std::as_const(categories)) {
            bought.bind(1, product);
            auto row = bought.step();
            if (row && *row && !bought.columnIsNull(0))
                uids << bought.columnText(0);
            bought.reset();
            if (!row)
                return std::unexpected(row.error());
        }
        categories = uids;
    }
    const core::OfferContext context {
        sale.customerUid, visit, sale.total, sale.createdAtUtc, !sale.redeemedCouponCode.isEmpty(), categories};
    auto perReceipt = couponsPerReceipt(*m_connection);
    if (!perReceipt)
        return std::unexpected(perReceipt.error());
    std::optional<core::Error> failure;
    auto earned = core::offersEarned(
        rules, context,
        [&] {
            auto code = m_codes.next();
            if (!code)
                failure = code.error();
            return code.value_or(QString());
        },
        *perReceipt);
    if (failure)
        return std::unexpected(*failure);
    return earned;
}

Result<void> SqlSaleWriter::referrals(const core::SaleRecord& sale, qint64 saleId, std::optional<qint64> customerId)
{
    auto rule = activeOfferRule(*m_connection, QStringLiteral("referral"));
    if (!rule)
        return std::unexpected(rule.error());
    if (!*rule)
        return {}; // no referral offer on: nothing to credit, no codes to hand out
    const QString ruleUid = (*rule)->uid;
    const QString parameters = (*rule)->parameters;

    if (!sale.referralCode.isEmpty()) {
        // The friend's first purchase commits: the referrer is credited now, in this transaction.
        auto referrer = Statement::prepare(*m_connection,
            "SELECT id, (SELECT count(*) FROM sales WHERE customer_id = ?2 AND id <> ?3) FROM customers"
            " WHERE referral_code = ?1 AND erased_at IS NULL");
        if (!referrer)
            return std::unexpected(referrer.error());
        referrer->bind(1, sale.referralCode).bind(3, saleId);
        customerId ? referrer->bind(2, *customerId) : referrer->bindNull(2);
        auto found = referrer->step();
        if (!found)
            return std::unexpected(found.error());
        const auto reward = core::parseReferralReward(parameters);
        const bool firstPurchase = *found && referrer->columnInt(1) == 0;
        const qint64 referrerId = *found ? referrer->columnInt(0) : 0;
        if (!*found || !reward || !firstPurchase || (customerId && *customerId == referrerId)) {
            return m_connection->execute(
                "INSERT INTO audit_log(uid, at, action, detail) VALUES (lower(hex(randomblob(16))),"
                " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'referral_not_credited', '')",
                u"audit");
        }
        core::OfferRuleRecord source;
        source.uid = ruleUid;
        auto code = m_codes.next();
        if (!code)
            return std::unexpected(code.error());
        const core::CouponRecord credit = core::couponFor(source, *reward, sale.createdAtUtc, *code, {});
        Statement& issue = statement(IssueCoupon);
        issue.bind(1, credit.uid).bind(2, credit.code).bind(3, ruleUid).bind(4, referrerId).bind(5, saleId);
        issue.bind(6, core::discountKindKey(credit.discountKind)).bind(7, credit.discountValue);
        issue.bind(8, credit.minimumSpend).bind(9, credit.validFromUtc).bind(10, credit.validUntilUtc);
        issue.bind(11, sale.createdAtUtc).bind(12, QStringLiteral(""));
        if (auto r = issue.run(); !r)
            return std::unexpected(r.error());
        const qint64 creditId = m_connection->lastInsertRowId();
        auto record = Statement::prepare(*m_connection,
            "INSERT INTO referrals(referrer_id, sale_id, friend_id, reward_coupon_id, created_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!record)
            return std::unexpected(record.error());
        record->bind(1, referrerId).bind(2, saleId).bind(4, creditId).bind(5, sale.createdAtUtc);
        customerId ? record->bind(3, *customerId) : record->bindNull(3);
        if (auto r = record->run(); !r)
            return std::unexpected(r.error());
    }
    if (customerId) {
        // Every identified customer gets their own code to hand on, printed on their receipts.
        auto give = Statement::prepare(
            *m_connection, "UPDATE customers SET referral_code = ?2 WHERE id = ?1 AND referral_code IS NULL");
        if (!give)
            return std::unexpected(give.error());
        auto code = m_codes.next();
        if (!code)
            return std::unexpected(code.error());
        if (auto r = give->bind(1, *customerId).bind(2, *code).run(); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<void> SqlSaleWriter::restoreCoupon(qint64 originalId, qint64 refundId, const QDateTime& nowUtc)
{
    // Only when everything bought with the coupon has come back: a partial return keeps the discount
    // on what the customer keeps.
    Statement& kept = statement(LinesStillKept);
    kept.bind(1, originalId);
    auto row = kept.step();
    const qint64 stillKept = row && *row ? kept.columnInt(0) : 1;
    kept.reset();
    if (!row)
        return std::unexpected(row.error());
    if (stillKept > 0)
        return {};
    Statement& used = statement(CouponRedeemedBy);
    used.bind(1, originalId);
    auto found = used.step();
    if (!found || !*found) {
        used.reset();
        return found ? Result<void>() : std::unexpected(found.error());
    }
    const qint64 couponId = used.columnInt(0);
    const bool hasRule = !used.columnIsNull(1);
    const qint64 ruleId = used.columnInt(1);
    const bool hasCustomer = !used.columnIsNull(2);
    const qint64 customerId = used.columnInt(2);
    const QString kind = used.columnText(3);
    const qint64 value = used.columnInt(4);
    const qint64 minimum = used.columnInt(5);
    const QDateTime validUntil = core::fromStorageTime(used.columnText(6));
    used.reset();
    if (nowUtc > validUntil)
        return {}; // it would have expired anyway
    auto code = m_codes.next();
    if (!code)
        return std::unexpected(code.error());
    Statement& insert = statement(ReplaceCoupon);
    insert.bind(1, core::newUid()).bind(2, *code);
    hasRule ? insert.bind(3, ruleId) : insert.bindNull(3);
    hasCustomer ? insert.bind(4, customerId) : insert.bindNull(4);
    insert.bind(5, refundId).bind(6, kind).bind(7, value).bind(8, minimum).bind(9, nowUtc).bind(10, validUntil);
    insert.bind(11, couponId);
    return insert.run();
}

Result<qint64> SqlSaleWriter::nextReceiptSequence(const QString& terminalId)
{
    Statement& read = statement(ReadSequence);
    read.bind(1, terminalId);
    auto row = read.step();
    const qint64 last = row && *row ? read.columnInt(0) : 0;
    read.reset();
    if (!row)
        return std::unexpected(row.error());
    if (auto r = statement(WriteSequence).bind(1, terminalId).bind(2, last + 1).run(); !r)
        return std::unexpected(r.error());
    return last + 1;
}

Result<qint64> SqlSaleWriter::insert(const core::SaleRecord& sale, ReceiptJob receipt)
{
    if (sale.lines.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a sale needs at least one line"));
    auto cashierId = findId(statement(FindCashier), sale.cashierUid, u"cashier");
    if (!cashierId)
        return std::unexpected(cashierId.error());
    std::optional<qint64> customerId;
    if (!sale.customerUid.isEmpty()) {
        auto id = findId(statement(FindCustomer), sale.customerUid, u"customer");
        if (!id)
            return std::unexpected(id.error());
        customerId = *id;
    }

    // Formatted once: a sale binds its time about a dozen times, and QDateTime formatting is not free.
    const QString createdAt = core::toStorageTime(sale.createdAtUtc);
    Statement& insertSale = statement(InsertSale);
    insertSale.bind(1, sale.uid).bind(2, sale.receiptNumber).bind(3, sale.terminalId).bind(4, *cashierId);
    customerId ? insertSale.bind(5, *customerId) : insertSale.bindNull(5);
    insertSale.bind(6, sale.currency).bind(7, sale.subtotal).bind(8, sale.discount).bind(9, sale.tax);
    insertSale.bind(10, sale.total).bind(11, createdAt);
    insertSale.bind(12, sale.isRefund ? QStringLiteral("refund") : QStringLiteral("sale"));
    std::optional<qint64> originalId;
    if (sale.isRefund && !sale.originalSaleUid.isEmpty()) {
        Statement& find = statement(FindSale);
        find.bind(1, sale.originalSaleUid);
        auto row = find.step();
        const bool found = row && *row;
        const qint64 id = found ? find.columnInt(0) : 0;
        const bool originalIsRefund = found && find.columnText(1) == QStringLiteral("refund");
        find.reset();
        if (!row)
            return std::unexpected(row.error());
        if (!found)
            return fail(ErrorCode::NotFound, QStringLiteral("unknown original sale"));
        if (originalIsRefund)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("a refund cannot itself be refunded"));
        originalId = id;
    }
    originalId ? insertSale.bind(13, *originalId) : insertSale.bindNull(13);
    {
        Statement& shift = statement(CurrentShift);
        shift.bind(1, sale.terminalId);
        auto row = shift.step();
        std::optional<qint64> shiftId = row && *row ? std::optional<qint64>(shift.columnInt(0)) : std::nullopt;
        shift.reset();
        if (!row)
            return std::unexpected(row.error());
        if (!shiftId && receipt == ReceiptJob::Queue) {
            // A live sale always belongs to a shift: the first sale of the day opens one (float 0).
            Statement& open = statement(OpenShift);
            open.bind(1, core::newUid()).bind(2, sale.terminalId).bind(3, *cashierId).bind(4, createdAt);
            if (auto r = open.run(); !r)
                return std::unexpected(r.error());
            shiftId = m_connection->lastInsertRowId();
        }
        shiftId ? insertSale.bind(14, *shiftId) : insertSale.bindNull(14);
    }
    if (auto r = insertSale.run(); !r)
        return std::unexpected(r.error());
    const qint64 saleId = m_connection->lastInsertRowId();

    int lineNo = 0;
    std::vector<qint64> products; // distinct, for what sells together
    for (const core::SaleLineRecord& line : sale.lines) {
        ++lineNo;
        std::optional<qint64> productId;
        if (!line.productUid.isEmpty()) {
            auto id = findId(statement(FindProduct), line.productUid, u"product");
            if (!id)
                return std::unexpected(id.error());
            productId = *id;
            if (std::find(products.begin(), products.end(), *id) == products.end())
                products.push_back(*id);
        }
        Statement& insertLine = statement(InsertLine);
        insertLine.bind(1, saleId).bind(2, lineNo);
        productId ? insertLine.bind(3, *productId) : insertLine.bindNull(3);
        insertLine.bind(4, line.description).bind(5, line.quantity).bind(6, line.unitPrice).bind(7, line.discount);
        insertLine.bind(8, line.taxRateBasisPoints).bind(9, line.tax).bind(10, line.total);
        line.originalLineNo > 0 ? insertLine.bind(11, line.originalLineNo) : insertLine.bindNull(11);
        if (auto r = insertLine.run(); !r)
            return std::unexpected(r.error());
        if (productId) {
            if (auto r = statement(UpdateStock).bind(1, *productId).bind(2, -line.quantity).bind(3, createdAt).run();
                !r)
                return std::unexpected(r.error());
            Statement& movement = statement(InsertMovement);
            movement.bind(1, *productId).bind(2, -line.quantity).bind(3, saleId).bind(4, *cashierId);
            movement.bind(5, createdAt).bind(6, line.quantity < 0 ? QStringLiteral("refund") : QStringLiteral("sale"));
            if (auto r = movement.run(); !r)
                return std::unexpected(r.error());
        }
    }

    if (originalId) {
        // Checked after the refund lines are written, inside the transaction: a line returned more
        // often than it was sold (two tills at once, a stale screen) rolls the whole refund back.
        for (const core::SaleLineRecord& line : sale.lines) {
            Statement& left = statement(ReturnableQuantity);
            left.bind(1, *originalId).bind(2, line.originalLineNo);
            auto row = left.step();
            const bool found = row && *row;
            const qint64 remaining = found ? left.columnInt(0) : -1;
            left.reset();
            if (!row)
                return std::unexpected(row.error());
            if (!found || line.originalLineNo <= 0)
                return fail(ErrorCode::NotFound, QStringLiteral("refund line not on the original sale"));
            if (remaining < 0)
                return fail(ErrorCode::ConstraintViolated, QStringLiteral("more returned than was sold"));
        }
    }

    if (!sale.isRefund) {
        // Bounded: a basket of 8 distinct items is 56 small updates; bigger baskets add nothing new.
        const std::size_t counted = std::min<std::size_t>(products.size(), 8);
        for (std::size_t a = 0; a < counted; ++a) {
            for (std::size_t b = 0; b < counted; ++b) {
                if (a == b)
                    continue;
                if (auto r = statement(PairSeen).bind(1, products[a]).bind(2, products[b]).run(); !r)
                    return std::unexpected(r.error());
                if (auto r = statement(PairCount).bind(1, products[a]).bind(2, products[b]).run(); !r)
                    return std::unexpected(r.error());
            }
        }
    }

    int seq = 0;
    for (const core::PaymentRecord& payment : sale.payments) {
        Statement& insertPayment = statement(InsertPayment);
        insertPayment.bind(1, saleId).bind(2, ++seq).bind(3, core::tenderKey(payment.tender)).bind(4, payment.amount);
        insertPayment.bind(5, payment.change).bindOptional(6, payment.reference);
        if (auto r = insertPayment.run(); !r)
            return std::unexpected(r.error());
    }

    if (!sale.redeemedCouponCode.isEmpty()) {
        Statement& redeem = statement(RedeemCoupon);
        redeem.bind(1, saleId).bind(2, createdAt).bind(3, sale.redeemedCouponCode);
        if (auto r = redeem.run(); !r)
            return std::unexpected(r.error());
        if (m_connection->changes() != 1)
            return fail(ErrorCode::ConstraintViolated, QStringLiteral("coupon unknown or already redeemed"));
    }

    std::vector<core::CouponRecord> coupons;
    if (sale.issuedCoupon) {
        coupons.push_back(*sale.issuedCoupon); // history (demo, import) brings its own
    } else if (receipt == ReceiptJob::Queue && !sale.isRefund) {
        // A live sale earns its coupons here, inside its own transaction: a coupon exists exactly
        // when its sale does, and printing (or reprinting) never issues another.
        auto earned = couponsEarned(sale, customerId);
        if (!earned)
            return std::unexpected(earned.error());
        coupons = std::move(*earned);
    }
    for (const core::CouponRecord& coupon : coupons) {
        Statement& issue = statement(IssueCoupon);
        issue.bind(1, coupon.uid).bind(2, coupon.code).bind(3, coupon.ruleUid);
        customerId ? issue.bind(4, *customerId) : issue.bindNull(4);
        issue.bind(5, saleId).bind(6, core::discountKindKey(coupon.discountKind)).bind(7, coupon.discountValue);
        issue.bind(8, coupon.minimumSpend).bind(9, coupon.validFromUtc).bind(10, coupon.validUntilUtc);
        issue.bind(11, createdAt).bind(12, coupon.categoryUid.isNull() ? QStringLiteral("") : coupon.categoryUid);
        if (auto r = issue.run(); !r)
            return std::unexpected(r.error());
    }
    if (receipt == ReceiptJob::Queue && !sale.isRefund) {
        if (auto r = referrals(sale, saleId, customerId); !r)
            return std::unexpected(r.error());
    }
    if (originalId) {
        // Returning goods from a sale voids the coupons it earned and nobody used yet.
        if (auto r = statement(VoidIssuedCoupons).bind(1, *originalId).bind(2, createdAt).run(); !r)
            return std::unexpected(r.error());
        if (auto r = restoreCoupon(*originalId, saleId, sale.createdAtUtc); !r)
            return std::unexpected(r.error());
    }

    // The dashboard's figures move with the history, in the same transaction (docs/reports.md).
    const RepeatAggregates::SaleFacts facts {
        saleId, customerId, *cashierId, sale.total.minor(), createdAt, sale.createdAtUtc.toSecsSinceEpoch()};
    if (auto r = sale.isRefund ? m_figures.refundCommitted(facts, originalId) : m_figures.saleCommitted(facts); !r)
        return std::unexpected(r.error());

    if (receipt == ReceiptJob::Queue) {
        if (auto r = statement(QueuePrintJob).bind(1, saleId).bind(2, createdAt).run(); !r)
            return std::unexpected(r.error());
    }
    return saleId;
}

} // namespace ss::db
