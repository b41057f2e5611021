// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbTestSupport.h"
#include "SqlSaleWriter.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"

using namespace ss;
using core::ErrorCode;
using test::kTestKey;
using test::TempDir;

namespace {

qint64 countRows(db::Connection& connection, std::string_view sql)
{
    return connection.queryInt(sql, u"count").value();
}

/// Writes a row and then leaves early, as careless code would: the guard must undo the write.
core::Result<void> insertThenBailOut(db::Connection& connection)
{
    auto transaction = db::Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = db::Statement::prepare(connection, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
    if (!insert)
        return std::unexpected(insert.error());
    if (auto r = insert->bind(1, QStringLiteral("half-done")).bind(2, QStringLiteral("yes")).run(); !r)
        return r;
    return core::fail(ErrorCode::Internal, QStringLiteral("something went wrong after the first write"));
}

core::SaleRecord saleFromDemo(db::Connection& connection, const QString& couponCode)
{
    core::SaleRecord sale;
    sale.uid = core::newUid();
    sale.receiptNumber = QStringLiteral("T01-TEST-") + sale.uid.left(8);
    sale.terminalId = QStringLiteral("T01");
    sale.cashierUid = connection.queryText("SELECT uid FROM cashiers ORDER BY id LIMIT 1", u"t").value();
    sale.customerUid = connection.queryText("SELECT uid FROM customers ORDER BY id LIMIT 1", u"t").value();
    sale.createdAtUtc = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    sale.currency = QStringLiteral("GBP");
    core::SaleLineRecord line;
    line.productUid = connection.queryText("SELECT uid FROM products ORDER BY id LIMIT 1", u"t").value();
    line.description = QStringLiteral("Test item");
    line.quantity = 2;
    line.unitPrice = core::Money::fromMinor(1000);
    line.total = core::Money::fromMinor(2000);
    line.taxRateBasisPoints = 2000;
    line.tax = core::inclusiveTax(line.total, 2000);
    sale.lines.push_back(line);
    sale.subtotal = sale.total = line.total;
    sale.tax = line.tax;
    sale.payments.push_back({core::Tender::Card, sale.total, {}, QStringLiteral("AUTH1")});
    sale.redeemedCouponCode = couponCode;
    return sale;
}

} // namespace

TEST_CASE("A transaction rolls back on an early return", "[db][transaction]")
{
    TempDir dir;
    auto store = db::createStore(dir.file(QStringLiteral("t.db")), kTestKey, test::testProfile());
    REQUIRE(store);
    const qint64 before = countRows(*store, "SELECT count(*) FROM meta");
    auto result = insertThenBailOut(*store);
    REQUIRE_FALSE(result);
    CHECK(countRows(*store, "SELECT count(*) FROM meta") == before);
    CHECK(countRows(*store, "SELECT count(*) FROM meta WHERE key = 'half-done'") == 0);

    // And a committed transaction stays.
    {
        auto transaction = db::Transaction::begin(*store);
        REQUIRE(transaction);
        REQUIRE(store->execute("INSERT INTO meta(key, value) VALUES ('kept', '1')", u"t"));
        REQUIRE(transaction->commit());
    }
    CHECK(countRows(*store, "SELECT count(*) FROM meta WHERE key = 'kept'") == 1);
}

TEST_CASE("A sale commits whole, with lines, payments, stock and its receipt job", "[db][sale]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    auto store = db::openStore(path, kTestKey);
    REQUIRE(store);
    auto writer = db::SqlSaleWriter::create(*store);
    REQUIRE(writer);
    const qint64 stockBefore = countRows(*store, "SELECT stock FROM products ORDER BY id LIMIT 1");
    const qint64 salesBefore = countRows(*store, "SELECT count(*) FROM sales");

    core::SaleRecord sale = saleFromDemo(*store, {});
    {
        auto transaction = db::Transaction::begin(*store);
        REQUIRE(transaction);
        auto sequence = writer->nextReceiptSequence(QStringLiteral("T01"));
        REQUIRE(sequence);
        sale.receiptNumber = core::formatReceiptNumber(QStringLiteral("T01"), *sequence);
        REQUIRE(writer->insert(sale, db::ReceiptJob::Queue));
        REQUIRE(transaction->commit());
    }
    CHECK(countRows(*store, "SELECT count(*) FROM sales") == salesBefore + 1);
    CHECK(countRows(*store, "SELECT stock FROM products ORDER BY id LIMIT 1") == stockBefore - 2);
    CHECK(countRows(*store, "SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 1);
    CHECK(countRows(*store,
              "SELECT count(*) FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.id = "
              "(SELECT max(id) FROM sales)")
        == 1);
    // The receipt counter continues after the demo history instead of reusing a number.
    CHECK(sale.receiptNumber == core::formatReceiptNumber(QStringLiteral("T01"), salesBefore + 1));
    // The stock figure equals the sum of its ledger.
    CHECK(countRows(*store,
              "SELECT count(*) FROM products p WHERE stock <> "
              "(SELECT coalesce(sum(delta), 0) FROM stock_movements m WHERE m.product_id = p.id)")
        == 0);
}

TEST_CASE("A coupon redeems once — a second use rolls back the whole sale", "[db][sale][coupon]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    auto store = db::openStore(path, kTestKey);
    REQUIRE(store);
    auto writer = db::SqlSaleWriter::create(*store);
    REQUIRE(writer);
    const QString code
        = store
              ->queryText("SELECT code FROM coupons WHERE redeemed_sale_id IS NULL AND valid_from <= '2026-11-23'"
                          " AND valid_until >= '2026-11-24' ORDER BY id LIMIT 1", // valid at the sale's time
                  u"t")
              .value();
    REQUIRE_FALSE(code.isEmpty());

    auto commitSale = [&](const core::SaleRecord& sale) -> core::Result<qint64> {
        auto transaction = db::Transaction::begin(*store);
        if (!transaction)
            return std::unexpected(transaction.error());
        auto id = writer->insert(sale, db::ReceiptJob::Queue);
        if (!id)
            return id;
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
        return id;
    };
    REQUIRE(commitSale(saleFromDemo(*store, code)));
    const qint64 sales = countRows(*store, "SELECT count(*) FROM sales");
    const qint64 lines = countRows(*store, "SELECT count(*) FROM sale_lines");
    const qint64 jobs = countRows(*store, "SELECT count(*) FROM print_jobs");

    auto second = commitSale(saleFromDemo(*store, code));
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::ConstraintViolated);
    CHECK(countRows(*store, "SELECT count(*) FROM sales") == sales);
    CHECK(countRows(*store, "SELECT count(*) FROM sale_lines") == lines);
    CHECK(countRows(*store, "SELECT count(*) FROM print_jobs") == jobs);

    auto unknown = commitSale(saleFromDemo(*store, QStringLiteral("SSNOSUCHCODE")));
    REQUIRE_FALSE(unknown);
    CHECK(countRows(*store, "SELECT count(*) FROM sales") == sales);
}

TEST_CASE("The consent ledger is append-only", "[db][privacy]")
{
    TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    REQUIRE(store->queryInt("SELECT count(*) FROM consents", u"t").value() > 0);
    auto update = store->execute("UPDATE consents SET granted = 1 - granted", u"t");
    REQUIRE_FALSE(update);
    CHECK(update.error().code == ErrorCode::ConstraintViolated);
    CHECK_FALSE(store->execute("DELETE FROM consents", u"t"));
}
