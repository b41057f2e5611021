// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSales.h"

#include "offers/CouponCode.h"

#include "DbWorker.h"
#include "SqlSaleWriter.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"

namespace ss::db {

using core::Result;

/// The sale writer's prepared statements survive between sales (re-prepared if the store reopens).
struct SaleWriterCache
{
    const Connection* connection = nullptr;
    std::optional<SqlSaleWriter> writer;

    Result<SqlSaleWriter*> get(Connection& current)
    {
        if (!writer || connection != &current) {
            writer.reset();
            auto created = SqlSaleWriter::create(current);
            if (!created)
                return std::unexpected(created.error());
            writer.emplace(std::move(*created));
            connection = &current;
        }
        return &*writer;
    }
};

namespace {

/// Asks the centre for the sale's coupon. Used elsewhere: refused, and noted here so a rescan
/// says where. No answer: the till's offline rule decides.
Result<void> claimCoupon(Connection& connection, core::CouponClaimPort& claims, const core::SaleRecord& sale)
{
    const core::CouponClaim claim = claims.claim(sale.redeemedCouponCode, sale.uid);
    switch (claim.outcome) {
    case core::CouponClaim::Outcome::Confirmed: return {};
    case core::CouponClaim::Outcome::Unreachable:
        if (claims.offlineRule() == core::OfflineCouponRule::Accept)
            return {}; // a double is found and reported at the next sync
        return core::fail(
            core::ErrorCode::Io, QStringLiteral("coupon cannot be checked while the other tills are out of reach"));
    case core::CouponClaim::Outcome::RedeemedElsewhere: break;
    }
    const QString where = claim.receipt.isEmpty() ? claim.origin : claim.receipt;
    auto note = Statement::prepare(connection,
        "UPDATE coupons SET redeemed_elsewhere = ?2, redeemed_at = coalesce(redeemed_at, ?3) WHERE code = ?1"
        " AND redeemed_sale_id IS NULL AND redeemed_elsewhere IS NULL");
    if (note)
        (void)note->bind(1, sale.redeemedCouponCode).bind(2, where).bind(3, sale.createdAtUtc).run();
    return core::fail(core::ErrorCode::ConstraintViolated, QStringLiteral("coupon already redeemed at %1").arg(where));
}

} // namespace

SqlSales::SqlSales(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
    , m_writers(std::make_shared<SaleWriterCache>())
{ }

SqlSales::~SqlSales() = default;

QFuture<Result<core::CommittedSale>> SqlSales::commitSale(const core::SaleRecord& sale)
{
    return m_worker.run<core::CommittedSale>([sale = core::SaleRecord(sale), cache = m_writers, claims = m_claims](
                                                 Connection& connection) mutable -> Result<core::CommittedSale> {
        auto writer = cache->get(connection);
        if (!writer)
            return std::unexpected(writer.error());
        // With other tills, the coupon is held centrally first, so it cannot be used twice.
        const bool claimed = !sale.redeemedCouponCode.isEmpty() && claims;
        if (claimed) {
            if (auto refused = claimCoupon(connection, *claims, sale); !refused)
                return std::unexpected(refused.error());
        }
        auto written = [&]() -> Result<void> {
            auto transaction = Transaction::begin(connection);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto sequence = (*writer)->nextReceiptSequence(sale.terminalId);
            if (!sequence)
                return std::unexpected(sequence.error());
            sale.receiptNumber = core::formatReceiptNumber(sale.terminalId, *sequence);
            if (auto id = (*writer)->insert(sale, ReceiptJob::Queue); !id)
                return std::unexpected(id.error());
            return transaction->commit();
        }();
        if (!written) {
            if (claimed)
                claims->release(sale.redeemedCouponCode, sale.uid);
            return std::unexpected(written.error());
        }
        core::CommittedSale committed {sale.uid, sale.receiptNumber, sale.total, {}, false};
        for (const core::PaymentRecord& payment : sale.payments) {
            committed.change += payment.change;
            committed.cashTaken = committed.cashTaken || payment.tender == core::Tender::Cash;
        }
        return committed;
    });
}

QFuture<Result<core::OriginalSale>> SqlSales::findSale(const QString& receiptNumber)
{
    return m_worker.run<core::OriginalSale>([receiptNumber](Connection& connection) -> Result<core::OriginalSale> {
        auto sale = Statement::prepare(connection,
            "SELECT s.id, s.uid, s.kind, coalesce(c.uid, '') FROM sales s"
            " LEFT JOIN customers c ON c.id = s.customer_id WHERE s.receipt_no = ?1");
        if (!sale)
            return std::unexpected(sale.error());
        sale->bind(1, receiptNumber.toUpper());
        auto found = sale->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return core::fail(core::ErrorCode::NotFound, QStringLiteral("no sale with that receipt number"));
        core::OriginalSale original;
        const qint64 saleId = sale->columnInt(0);
        original.uid = sale->columnText(1);
        original.receiptNumber = receiptNumber.toUpper();
        original.isRefund = sale->columnText(2) == QStringLiteral("refund");
        original.customerUid = sale->columnText(3);

        auto lines = Statement::prepare(connection,
            "SELECT l.line_no, coalesce(p.uid, ''), l.description, l.quantity, l.total_minor, l.tax_minor, "
            "l.tax_rate_bp,"
            " coalesce((SELECT -sum(r.quantity) FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id"
            "           WHERE rs.original_sale_id = l.sale_id AND r.original_line_no = l.line_no), 0),"
            " coalesce((SELECT -sum(r.total_minor) FROM sale_lines r JOIN sales rs ON rs.id = r.sale_id"
            "           WHERE rs.original_sale_id = l.sale_id AND r.original_line_no = l.line_no), 0)"
            " FROM sale_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.sale_id = ?1 ORDER BY l.line_no");
        if (!lines)
            return std::unexpected(lines.error());
        lines->bind(1, saleId);
        auto read = lines->forEach([&](const Statement& row) {
            core::SoldLine line;
            line.lineNo = static_cast<int>(row.columnInt(0));
            line.productUid = row.columnText(1);
            line.description = row.columnText(2);
            line.quantitySold = row.columnInt(3);
            line.total = core::Money::fromMinor(row.columnInt(4));
            line.tax = core::Money::fromMinor(row.columnInt(5));
            line.taxRateBasisPoints = static_cast<int>(row.columnInt(6));
            line.quantityRefunded = row.columnInt(7);
            line.amountRefunded = core::Money::fromMinor(row.columnInt(8));
            original.lines.push_back(line);
        });
        if (!read)
            return std::unexpected(read.error());
        return original;
    });
}

QFuture<Result<QString>> SqlSales::suspend(const core::SuspendedCart& cart)
{
    return m_worker.run<QString>([cart](Connection& connection) -> Result<QString> {
        auto insert = Statement::prepare(connection,
            "INSERT INTO suspended_carts(uid, terminal_id, cashier_id, label, payload, total_minor, created_at)"
            " SELECT ?1, (SELECT value FROM meta WHERE key = 'terminal_id'), id, ?3, ?4, ?5, ?6"
            " FROM cashiers WHERE uid = ?2");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, cart.uid).bind(2, cart.cashierUid).bind(3, cart.label).bind(4, QString::fromUtf8(cart.payload));
        insert->bind(5, cart.total).bind(6, cart.createdAtUtc);
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
        if (connection.changes() != 1)
            return core::fail(core::ErrorCode::NotFound, QStringLiteral("unknown cashier"));
        return cart.uid;
    });
}

QFuture<Result<std::vector<core::SuspendedCart>>> SqlSales::suspendedCarts()
{
    return m_worker.run<std::vector<core::SuspendedCart>>(
        [](Connection& connection) -> Result<std::vector<core::SuspendedCart>> {
            auto statement = Statement::prepare(connection,
                "SELECT s.uid, s.label, c.uid, s.payload, s.total_minor, s.created_at FROM suspended_carts s"
                " JOIN cashiers c ON c.id = s.cashier_id ORDER BY s.created_at");
            if (!statement)
                return std::unexpected(statement.error());
            std::vector<core::SuspendedCart> carts;
            auto read = statement->forEach([&](const Statement& row) {
                carts.push_back({row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3).toUtf8(),
                    core::Money::fromMinor(row.columnInt(4)), core::fromStorageTime(row.columnText(5))});
            });
            if (!read)
                return std::unexpected(read.error());
            return carts;
        });
}

QFuture<Result<core::SuspendedCart>> SqlSales::resume(const QString& uid)
{
    return m_worker.run<core::SuspendedCart>([uid](Connection& connection) -> Result<core::SuspendedCart> {
        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        auto select = Statement::prepare(connection,
            "SELECT s.label, c.uid, s.payload, s.total_minor, s.created_at"
            " FROM suspended_carts s JOIN cashiers c ON c.id = s.cashier_id"
            " WHERE s.uid = ?1");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, uid);
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return core::fail(core::ErrorCode::NotFound, QStringLiteral("that cart was already resumed"));
        core::SuspendedCart cart {uid, select->columnText(0), select->columnText(1), select->columnText(2).toUtf8(),
            core::Money::fromMinor(select->columnInt(3)), core::fromStorageTime(select->columnText(4))};
        select->reset();
        auto remove = Statement::prepare(connection, "DELETE FROM suspended_carts WHERE uid = ?1");
        if (!remove)
            return std::unexpected(remove.error());
        if (auto r = remove->bind(1, uid).run(); !r)
            return std::unexpected(r.error());
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
        return cart;
    });
}

QFuture<Result<bool>> SqlSales::audit(const QString& cashierUid, const QString& action, const QString& detail)
{
    const QDateTime at = m_clock.nowUtc();
    return m_worker.run<bool>([cashierUid, action, detail, at](Connection& connection) -> Result<bool> {
        auto insert = Statement::prepare(connection,
            "INSERT INTO audit_log(uid, at, cashier_id, action, detail)"
            " VALUES (?1, ?2, (SELECT id FROM cashiers WHERE uid = ?3), ?4, ?5)");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, core::newUid()).bind(2, at).bind(3, cashierUid).bind(4, action).bind(5, detail.left(500));
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
        return true;
    });
}

namespace {

/// A customer's referral code, when a referral offer is on: the welcome discount it gives.
Result<std::optional<core::CouponLookup>> referralLookup(
    Connection& connection, const QString& code, const QString& customerUid)
{
    auto statement = Statement::prepare(connection,
        "SELECT c.uid, r.name, r.parameters FROM customers c, offer_rules r WHERE c.referral_code = ?1"
        " AND c.erased_at IS NULL AND r.kind = 'referral' AND r.active = 1 ORDER BY r.priority DESC, r.id LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, code);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<core::CouponLookup>();
    core::CouponLookup lookup;
    lookup.referrerUid = statement->columnText(0);
    const auto terms = core::parseOfferTerms(statement->columnText(2));
    if (!terms)
        return std::optional<core::CouponLookup>();
    core::CouponRecord& welcome = lookup.state.coupon;
    welcome.code = code;
    welcome.headline = statement->columnText(1);
    lookup.state.headline = welcome.headline;
    welcome.discountKind = terms->kind;
    welcome.discountValue = terms->value;
    welcome.minimumSpend = terms->minimumSpend;
    // A referral code does not expire: the friend may come whenever they like.
    welcome.validFromUtc = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    welcome.validUntilUtc = QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    statement->reset();
    if (!customerUid.isEmpty()) {
        if (customerUid == lookup.referrerUid) {
            lookup.refusal = core::CouponRefusal::OwnReferral;
        } else {
            auto before = Statement::prepare(
                connection, "SELECT count(*) FROM sales s JOIN customers c ON c.id = s.customer_id WHERE c.uid = ?1");
            if (!before)
                return std::unexpected(before.error());
            before->bind(1, customerUid);
            auto counted = before->step();
            if (!counted)
                return std::unexpected(counted.error());
            if (before->columnInt(0) > 0)
                lookup.refusal = core::CouponRefusal::NotFirstPurchase;
        }
    }
    return std::optional<core::CouponLookup>(lookup);
}

/// The keys other tills of the shop sign their coupons with (schema step 0011, filled by the sync).
Result<std::vector<QByteArray>> peerCouponKeys(Connection& connection)
{
    auto keys = Statement::prepare(connection, "SELECT key FROM peer_coupon_keys ORDER BY origin");
    if (!keys)
        return std::unexpected(keys.error());
    std::vector<QByteArray> list;
    if (auto read = keys->forEach(
            [&](const Statement& row) { list.push_back(QByteArray::fromHex(row.columnText(0).toLatin1())); });
        !read)
        return std::unexpected(read.error());
    return list;
}

} // namespace

QFuture<Result<core::CouponLookup>> SqlSales::findCoupon(const QString& code, const QString& customerUid)
{
    return m_worker.run<core::CouponLookup>([code, customerUid](Connection& connection) -> Result<core::CouponLookup> {
        core::CouponLookup lookup;
        auto key = connection.queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"coupon key");
        if (!key)
            return std::unexpected(key.error());
        auto verified = core::couponcode::verify(code, QByteArray::fromHex(key->toLatin1()));
        if (!verified && verified.error() == core::couponcode::Problem::Forged) {
            // Not signed here: maybe at another till of the shop (their keys come with the sync).
            auto peers = peerCouponKeys(connection);
            if (!peers)
                return std::unexpected(peers.error());
            for (const QByteArray& peerKey : *peers) {
                if (auto byPeer = core::couponcode::verify(code, peerKey)) {
                    verified = byPeer;
                    break;
                }
            }
        }
        if (!verified) {
            lookup.refusal = verified.error() == core::couponcode::Problem::Forged ? core::CouponRefusal::Forged
                : verified.error() == core::couponcode::Problem::Mistyped          ? core::CouponRefusal::Mistyped
                                                                                   : core::CouponRefusal::Unknown;
            return lookup;
        }
        auto statement = Statement::prepare(connection,
            "SELECT p.uid, p.code, p.discount_kind, p.discount_value, p.min_spend_minor, p.valid_from, p.valid_until,"
            " coalesce(r.name, ''), coalesce(p.redeemed_at, ''), coalesce(rs.receipt_no, p.redeemed_elsewhere, ''),"
            " p.voided_at IS NOT NULL,"
            " coalesce(i.receipt_no, ''), coalesce(c.uid, ''), coalesce(g.uid, ''), coalesce(g.name, '') FROM coupons p"
            " LEFT JOIN categories g ON g.id = p.category_id"
            " LEFT JOIN offer_rules r ON r.id = p.rule_id LEFT JOIN sales rs ON rs.id = p.redeemed_sale_id"
            " LEFT JOIN sales i ON i.id = p.issued_sale_id LEFT JOIN customers c ON c.id = p.customer_id"
            " WHERE p.code = ?1");
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, *verified);
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row) {
            statement->reset();
            auto referral = referralLookup(connection, *verified, customerUid);
            if (!referral)
                return std::unexpected(referral.error());
            if (*referral)
                return **referral;
            lookup.refusal = core::CouponRefusal::Unknown; // made with our key, but not issued here (yet)
            return lookup;
        }
        core::CouponRecord& coupon = lookup.state.coupon;
        coupon.uid = statement->columnText(0);
        coupon.code = statement->columnText(1);
        coupon.discountKind
            = statement->columnText(2) == u"amount" ? core::DiscountKind::Amount : core::DiscountKind::Percent;
        coupon.discountValue = statement->columnInt(3);
        coupon.minimumSpend = core::Money::fromMinor(statement->columnInt(4));
        coupon.validFromUtc = core::fromStorageTime(statement->columnText(5));
        coupon.validUntilUtc = core::fromStorageTime(statement->columnText(6));
        coupon.headline = statement->columnText(7);
        lookup.state.headline = coupon.headline;
        lookup.state.redeemedAtUtc = core::fromStorageTime(statement->columnText(8));
        lookup.state.redeemedReceipt = statement->columnText(9);
        lookup.state.voided = statement->columnInt(10) != 0;
        lookup.issuedReceipt = statement->columnText(11);
        coupon.customerUid = statement->columnText(12);
        coupon.categoryUid = statement->columnText(13);
        coupon.categoryName = statement->columnText(14);
        return lookup;
    });
}

} // namespace ss::db
