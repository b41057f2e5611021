// SPDX-License-Identifier: GPL-3.0-or-later
// Sale-commit benchmark: one sale with 5 lines, stock updates, a payment, an issued coupon and a
// receipt job, committed durably (WAL + synchronous=FULL) through the real db layer. Built twice:
// against SQLCipher (encrypted) and against plain SQLite, which export the same symbols and so
// cannot share a process. bench/run-commit-bench.sh alternates the two and prints the comparison.
#include "DemoStore.h"
#include "SqlSaleWriter.h"
#include "Statement.h"
#include "StoreFile.h"
#include "Transaction.h"
#include "Uid.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ss;
using ss::bench::percentile;

namespace {

struct Options
{
    int sales = 1000;
    int pageSize = 1024; // the app's CipherSettings default
    int idleCheckpointEvery = 20; ///< The till checkpoints when idle between customers.
};

Options parse(const QStringList& args)
{
    Options options;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--sales"))
            options.sales = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--page-size"))
            options.pageSize = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--checkpoint-every"))
            options.idleCheckpointEvery = args[i + 1].toInt();
    }
    return options;
}

core::SaleRecord makeSale(const QStringList& productUids, const QString& cashierUid, int n)
{
    core::SaleRecord sale;
    sale.uid = core::newUid();
    sale.terminalId = QStringLiteral("T01");
    sale.cashierUid = cashierUid;
    sale.createdAtUtc = QDateTime::currentDateTimeUtc();
    sale.currency = QStringLiteral("GBP");
    for (int l = 0; l < 5; ++l) {
        core::SaleLineRecord line;
        line.productUid = productUids.at((n * 5 + l) % productUids.size());
        line.description = QStringLiteral("Benchmark item %1").arg(l);
        line.quantity = 1 + l % 2;
        line.unitPrice = core::Money::fromMinor(499 + 100 * l);
        line.total = line.unitPrice * line.quantity;
        line.taxRateBasisPoints = 2000;
        line.tax = core::inclusiveTax(line.total, 2000);
        sale.subtotal += line.total;
        sale.tax += line.tax;
        sale.lines.push_back(line);
    }
    sale.total = sale.subtotal;
    sale.payments.push_back({core::Tender::Card, sale.total, {}, QStringLiteral("AUTH123456")});
    core::CouponRecord coupon;
    coupon.uid = core::newUid();
    coupon.code = QStringLiteral("SSB") + sale.uid.left(8).toUpper();
    coupon.discountValue = 1000;
    coupon.validFromUtc = sale.createdAtUtc;
    coupon.validUntilUtc = sale.createdAtUtc.addDays(60);
    sale.issuedCoupon = coupon;
    return sale;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Options options = parse(QCoreApplication::arguments());
#ifdef SECONDSALE_BENCH_PLAIN
    const QByteArray key;
    const QString variant = QStringLiteral("sqlite-plain");
#else
    const QByteArray key = QByteArrayLiteral("benchmark key");
    const QString variant = QStringLiteral("sqlcipher-%1").arg(options.pageSize);
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    db::CipherSettings cipher;
    cipher.pageSize = options.pageSize;
    core::DemoOptions demo;
    demo.products = 500;
    demo.customers = 100;
    demo.months = 1;
    demo.lastDay = QDate(2026, 11, 22);
    if (auto created = db::createDemoStore(path, key, demo, cipher); !created) {
        err << "cannot create the store: " << created.error().detail << Qt::endl;
        return 1;
    }
    db::StoreOpenOptions open;
    open.cipher = cipher;
    open.autoCheckpoint = false;
    auto connection = db::openStore(path, key, open);
    if (!connection) {
        err << "cannot open the store: " << connection.error().detail << Qt::endl;
        return 1;
    }
    QStringList productUids;
    for (int i = 1; i <= 50; ++i)
        productUids
            << connection->queryText("SELECT uid FROM products WHERE id = " + std::to_string(i), u"uid").value();
    const QString cashierUid = connection->queryText("SELECT uid FROM cashiers LIMIT 1", u"uid").value();
    auto writer = db::SqlSaleWriter::create(*connection);
    if (!writer)
        return 1;

    std::vector<qint64> nanos;
    nanos.reserve(static_cast<std::size_t>(options.sales));
    for (int n = 0; n < options.sales; ++n) {
        core::SaleRecord sale = makeSale(productUids, cashierUid, n);
        QElapsedTimer timer;
        timer.start();
        auto transaction = db::Transaction::begin(*connection);
        auto sequence = writer->nextReceiptSequence(sale.terminalId);
        if (!transaction || !sequence)
            return 1;
        sale.receiptNumber = core::formatReceiptNumber(sale.terminalId, *sequence);
        if (auto id = writer->insert(sale, db::ReceiptJob::Queue); !id) {
            err << "insert failed: " << id.error().detail << Qt::endl;
            return 1;
        }
        if (auto r = transaction->commit(); !r)
            return 1;
        nanos.push_back(timer.nsecsElapsed());
        // Off the timed path, as on the till: the worker checkpoints while waiting for the next customer.
        if (options.idleCheckpointEvery > 0 && n % options.idleCheckpointEvery == options.idleCheckpointEvery - 1) {
            if (auto r = connection->execute("PRAGMA wal_checkpoint(PASSIVE)", u"checkpoint"); !r)
                return 1;
        }
    }
    // WAL frames written per commit: pages touched by one sale (each is encrypted and MACed once).
    qint64 frames = 0;
    {
        auto statement = db::Statement::prepare(*connection, "PRAGMA wal_checkpoint(PASSIVE)");
        if (statement && *statement->step())
            frames = statement->columnInt(1);
    }
    const int tail = options.idleCheckpointEvery > 0 ? options.sales % options.idleCheckpointEvery : options.sales;
    std::sort(nanos.begin(), nanos.end());
    out << QStringLiteral("RESULT variant=%1 sales=%2 p50_us=%3 p90_us=%4 p99_us=%5 max_us=%6 frames_per_sale=%7")
               .arg(variant)
               .arg(options.sales)
               .arg(percentile(nanos, 0.50) / 1000)
               .arg(percentile(nanos, 0.90) / 1000)
               .arg(percentile(nanos, 0.99) / 1000)
               .arg(nanos.back() / 1000)
               .arg(tail > 0 ? QString::number(static_cast<double>(frames) / tail, 'f', 1) : QStringLiteral("n/a"))
        << Qt::endl;
    return 0;
}
