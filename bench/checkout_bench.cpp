// SPDX-License-Identifier: GPL-3.0-or-later
// Checkout latency on a big catalogue, through the real session, database thread and cart model:
//  - scan → line in the cart model (look-up on the db thread, cart update, model signal);
//  - tender → committed (durable encrypted commit of a 3-line card sale, result back on this thread).
// Usage: bench_checkout --db FILE [--scans N] [--sales N]   (FILE: a store, e.g. from
//        secondsale-admin demo --products 100000; bench/run-checkout-bench.sh makes one)
#include "CartModel.h"
#include "DbWorker.h"
#include "SqlCatalog.h"
#include "SqlSales.h"
#include "Statement.h"
#include "sale/CheckoutSession.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ss;
using ss::bench::percentile;

namespace {

void print(QTextStream& out, const char* what, const std::vector<qint64>& nanos)
{
    out << QStringLiteral("%1  n=%2  p50=%3 ms  p90=%4 ms  p99=%5 ms  max=%6 ms")
               .arg(QString::fromLatin1(what).leftJustified(26))
               .arg(nanos.size())
               .arg(static_cast<double>(percentile(nanos, 0.5)) / 1e6, 0, 'f', 3)
               .arg(static_cast<double>(percentile(nanos, 0.9)) / 1e6, 0, 'f', 3)
               .arg(static_cast<double>(percentile(nanos, 0.99)) / 1e6, 0, 'f', 3)
               .arg(static_cast<double>(*std::max_element(nanos.begin(), nanos.end())) / 1e6, 0, 'f', 3)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path;
    int scans = 2000;
    int sales = 500;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--db"))
            path = args[i + 1];
        else if (args[i] == QStringLiteral("--scans"))
            scans = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--sales"))
            sales = args[i + 1].toInt();
    }
    const QByteArray key = qgetenv("SECONDSALE_DB_KEY");
    if (path.isEmpty() || key.isEmpty()) {
        out << "usage: SECONDSALE_DB_KEY=… bench_checkout --db FILE [--scans N] [--sales N]" << Qt::endl;
        return 2;
    }

    db::DbWorker worker;
    auto opened = worker.open(path, key);
    opened.waitForFinished();
    if (!opened.result()) {
        out << "open failed: " << opened.result().error().detail << Qt::endl;
        return 1;
    }
    auto barcodes = worker.run<QStringList>([](db::Connection& connection) -> core::Result<QStringList> {
        auto statement = db::Statement::prepare(connection, "SELECT barcode FROM products WHERE barcode IS NOT NULL");
        if (!statement)
            return std::unexpected(statement.error());
        QStringList codes;
        while (*statement->step())
            codes << statement->columnText(0);
        return codes;
    });
    auto cashier
        = worker.run<QString>([](db::Connection& c) { return c.queryText("SELECT uid FROM cashiers LIMIT 1", u"b"); });
    barcodes.waitForFinished();
    cashier.waitForFinished();
    const QStringList codes = barcodes.result().value();
    out << "catalogue: " << codes.size() << " products, " << opened.result()->saleCount << " sales in store"
        << Qt::endl;

    core::SystemClock clock;
    db::SqlCatalog catalog(worker);
    db::SqlSales salesPort(worker, clock);
    core::CheckoutSession session(
        catalog, salesPort, clock, {opened.result()->profile.terminalId, QStringLiteral("GBP"), {}});
    session.setCashier(core::CashierRecord {cashier.result().value(), QStringLiteral("bench"), core::Role::Cashier});
    ui::CartModel model(session, QStringLiteral("GBP"));
    QRandomGenerator random(42);
    QEventLoop loop;

    // Scan → line in the model.
    std::vector<qint64> scanNanos;
    QElapsedTimer timer;
    bool landed = false;
    auto done = [&] {
        landed = true;
        loop.quit();
    };
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, done);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, done);
    QObject::connect(&session, &core::CheckoutSession::scanRejected, &loop, done);
    for (int i = 0; i < scans; ++i) {
        if (session.cart().lines().size() >= 20)
            session.voidSale();
        landed = false;
        const QString code = codes.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(codes.size()))));
        timer.start();
        session.scan({code, core::Symbology::Ean13});
        if (!landed)
            loop.exec();
        scanNanos.push_back(timer.nsecsElapsed());
    }
    session.voidSale();
    QObject::disconnect(&model, nullptr, &loop, nullptr);
    QObject::disconnect(&session, nullptr, &loop, nullptr);

    // Tender → committed, three lines each, paid by card.
    std::vector<qint64> commitNanos;
    bool committed = false;
    QObject::connect(&session, &core::CheckoutSession::saleCommitted, &loop, [&] {
        committed = true;
        loop.quit();
    });
    QObject::connect(&session, &core::CheckoutSession::saleFailed, &loop, [&](const core::Error& error) {
        out << "commit failed: " << error.detail << Qt::endl;
        loop.exit(1);
    });
    QObject::connect(&session, &core::CheckoutSession::scanAccepted, &loop, [&] { loop.quit(); });
    for (int i = 0; i < sales; ++i) {
        while (session.cart().lines().size() < 3) {
            session.scan({codes.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(codes.size())))),
                core::Symbology::Ean13});
            loop.exec();
        }
        committed = false;
        timer.start();
        if (!session.beginTender() || !session.tendering()->addCard(session.tendering()->due())
            || !session.completeSale())
            return 1;
        if (!committed && loop.exec() != 0)
            return 1;
        commitNanos.push_back(timer.nsecsElapsed());
    }
    print(out, "scan -> line in cart model", scanNanos);
    print(out, "tender -> committed", commitNanos);
    return 0;
}
