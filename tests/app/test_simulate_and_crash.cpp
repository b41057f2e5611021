// SPDX-License-Identifier: GPL-3.0-or-later
// secondsale-admin simulate-sales, and what survives a kill -9 in the middle of it.
#include "Backup.h"
#include "DemoStore.h"
#include "Statement.h"
#include "StoreFile.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace ss;
using test::TempDir;

namespace {

const QByteArray kKey = QByteArrayLiteral("crash test key");

QString makeStore(const TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("till.db"));
    core::DemoOptions options;
    options.products = 60;
    options.customers = 30;
    options.months = 1;
    options.lastDay = QDate(2026, 11, 22);
    REQUIRE(db::createDemoStore(path, kKey, options));
    return path;
}

QProcess* startSimulation(QObject* parent, const QString& db, int count, quint64 seed)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SECONDSALE_DB_KEY"), QString::fromUtf8(kKey));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(SECONDSALE_ADMIN_PATH),
        {QStringLiteral("simulate-sales"), QStringLiteral("--db"), db, QStringLiteral("--count"),
            QString::number(count), QStringLiteral("--seed"), QString::number(seed)});
    REQUIRE(process->waitForStarted());
    return process;
}

/// What simulate-sales printed: each committed sale, and the coupon it redeemed (if any).
struct Committed
{
    QString receipt;
    QString redeemedCoupon;
};

std::vector<Committed> committedSales(const QByteArray& output)
{
    std::vector<Committed> sales;
    // Only whole lines count: the last piece is empty, or a line the kill cut short.
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray& line : std::as_const(lines)) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() >= 2 && words[0] == "committed")
            sales.push_back({QString::fromLatin1(words[1]),
                words.size() >= 4 && words[2] == "redeemed" ? QString::fromLatin1(words[3]) : QString()});
    }
    return sales;
}

QStringList committedReceipts(const QByteArray& output)
{
    QStringList receipts;
    for (const Committed& sale : committedSales(output))
        receipts << sale.receipt;
    return receipts;
}

qint64 scalar(db::Connection& connection, const std::string& sql)
{
    return connection.queryInt(sql, u"check").value();
}

} // namespace

TEST_CASE("simulate-sales rings up N sales and prints each commit", "[app][simulate]")
{
    TempDir dir;
    const QString db = makeStore(dir);
    QObject owner;
    QProcess* process = startSimulation(&owner, db, 50, 7);
    REQUIRE(process->waitForFinished(60000));
    INFO(process->readAllStandardError().toStdString());
    CHECK(process->exitCode() == 0);
    const QStringList receipts = committedReceipts(process->readAllStandardOutput());
    CHECK(receipts.size() == 50);
    auto store = db::openStore(db, kKey);
    REQUIRE(store);
    CHECK(scalar(*store, "SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 50);
}

TEST_CASE("kill -9 during simulated sales: every printed sale is whole, no partial sale exists", "[app][crash]")
{
    // CTest runs a few rounds; tests/crash/run-crash-test.sh runs the full 1,000.
    const int rounds = qEnvironmentVariableIsSet("SECONDSALE_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("SECONDSALE_CRASH_ROUNDS")
        : 8;
    TempDir dir;
    const QString db = makeStore(dir);
    const qint64 demoSales = [&] {
        auto store = db::openStore(db, kKey);
        REQUIRE(store);
        return scalar(*store, "SELECT coalesce(max(id), 0) FROM sales"); // the demo's history has no print jobs
    }();
    QRandomGenerator random(20261123);
    qint64 committedTotal = 0, redeemedTotal = 0;
    int killedBeforeFirstSale = 0;
    for (int round = 0; round < rounds; ++round) {
        QObject owner;
        QProcess* process = startSimulation(&owner, db, 1000000, static_cast<quint64>(round));
        // Mostly in the stream of sales; one round in eight while it is still opening the store.
        if (random.bounded(8u) == 0) {
            QThread::msleep(random.bounded(0u, 400u));
        } else {
            REQUIRE(process->waitForReadyRead(30000));
            QThread::msleep(random.bounded(5u, 300u));
        }
        process->kill(); // SIGKILL: no destructor, no flush, no rollback by us
        REQUIRE(process->waitForFinished(10000));
        const std::vector<Committed> sales = committedSales(process->readAllStandardOutput());
        if (sales.empty())
            ++killedBeforeFirstSale;
        committedTotal += static_cast<qint64>(sales.size());

        auto store = db::openStore(db, kKey); // quick_check runs on open
        REQUIRE(store);
        REQUIRE(store->queryText("PRAGMA integrity_check", u"check").value() == QStringLiteral("ok"));
        for (const Committed& committed : sales) {
            auto sale = db::Statement::prepare(*store,
                "SELECT s.total_minor,"
                " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id),"
                " (SELECT coalesce(sum(total_minor), 0) FROM sale_lines l WHERE l.sale_id = s.id),"
                " (SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.sale_id = s.id),"
                " (SELECT count(*) FROM print_jobs j WHERE j.sale_id = s.id),"
                " (SELECT count(*) FROM stock_movements m WHERE m.sale_id = s.id),"
                " (SELECT count(*) FROM coupons c WHERE c.redeemed_sale_id = s.id AND c.code = ?2)"
                " FROM sales s WHERE s.receipt_no = ?1");
            REQUIRE(sale);
            sale->bind(1, committed.receipt);
            sale->bind(2, committed.redeemedCoupon);
            auto row = sale->step();
            REQUIRE(row);
            INFO(committed.receipt.toStdString());
            REQUIRE(*row);
            CHECK(sale->columnInt(1) > 0);
            CHECK(sale->columnInt(2) == sale->columnInt(0));
            CHECK(sale->columnInt(3) == sale->columnInt(0));
            CHECK(sale->columnInt(4) == 1);
            CHECK(sale->columnInt(5) == sale->columnInt(1));
            if (!committed.redeemedCoupon.isEmpty()) {
                CHECK(sale->columnInt(6) == 1); // redeemed by this very sale
                ++redeemedTotal;
            }
        }
        // Nothing half-written anywhere, printed or not.
        CHECK(scalar(*store,
                  "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")
            == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM sales s WHERE total_minor <> (SELECT coalesce(sum(amount_minor), 0) "
                  "FROM payments p WHERE p.sale_id = s.id)")
            == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM sales s WHERE s.id > " + std::to_string(demoSales)
                      + " AND NOT EXISTS (SELECT 1 FROM print_jobs j WHERE j.sale_id = s.id AND j.kind = 'receipt')")
            == 0);
        // Coupons: none issued twice, none issued or redeemed by a sale that is not there.
        CHECK(scalar(*store, "SELECT count(*) FROM (SELECT code FROM coupons GROUP BY code HAVING count(*) > 1)") == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM coupons c WHERE (c.issued_sale_id IS NOT NULL AND NOT EXISTS "
                  "(SELECT 1 FROM sales s WHERE s.id = c.issued_sale_id)) OR (c.redeemed_sale_id IS NOT NULL AND "
                  "NOT EXISTS (SELECT 1 FROM sales s WHERE s.id = c.redeemed_sale_id))")
            == 0);
        CHECK(scalar(*store, "SELECT count(*) FROM coupons WHERE (redeemed_sale_id IS NULL) <> (redeemed_at IS NULL)")
            == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM products p WHERE stock <> (SELECT coalesce(sum(delta), 0) FROM "
                  "stock_movements m WHERE m.product_id = p.id)")
            == 0);
        // The dashboard's figures against a recomputation from the whole history: the slowest
        // check as the store grows, so in long runs every 25th round and the last.
        if (round % 25 == 0 || round == rounds - 1) {
            auto report = db::checkStore(*store);
            REQUIRE(report);
            CHECK(report->problems.isEmpty());
        }
        if (rounds >= 100 && (round + 1) % 50 == 0) // progress of a long run (tests/crash/run-crash-test.sh)
            std::fprintf(stderr, "crash test: %d of %d kills survived, %lld committed sales verified\n", round + 1,
                rounds, static_cast<long long>(committedTotal));
    }
    auto store = db::openStore(db, kKey);
    REQUIRE(store);
    // The figures docs/reliability.md quotes (tests/crash/run-crash-test.sh prints them).
    WARN("crash rounds (kill -9): " << rounds << "\nkilled before the first sale: " << killedBeforeFirstSale
                                    << "\ncommitted sales verified: " << committedTotal
                                    << "\ncoupon redemptions verified: " << redeemedTotal
                                    << "\nsales in the store: " << scalar(*store, "SELECT count(*) FROM sales")
                                    << "\ncoupons in the store: " << scalar(*store, "SELECT count(*) FROM coupons"));
}
