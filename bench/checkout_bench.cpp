// SPDX-License-Identifier: GPL-3.0-or-later
// Checkout latency on a big catalogue, through the real session, database thread and cart model:
//  - scan → line in the cart model (look-up on the db thread, cart update, model signal);
//  - tender → committed (durable encrypted commit of a 3-line card sale, result back on this thread).
// Usage: bench_checkout --db FILE [--scans N] [--sales N] [--identified 1] [--offers as-is|off|all]
//        (FILE: a store, e.g. from secondsale-admin demo --products 100000; bench/run-checkout-bench.sh
//        makes one). --identified attaches a random customer to every sale (the offers' work: visits,
//        referral codes, follow-ups); --offers off pauses every rule, all adds one of each kind.
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

void print(QTextStream& out, const char* what, const char* name, const std::vector<qint64>& nanos)
{
    out << bench::resultLine(QString::fromLatin1(name), nanos) << Qt::endl;
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
    bool identified = false;
    QString offers = QStringLiteral("as-is");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--db"))
            path = args[i + 1];
        else if (args[i] == QStringLiteral("--scans"))
            scans = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--sales"))
            sales = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--identified"))
            identified = args[i + 1] == QStringLiteral("1");
        else if (args[i] == QStringLiteral("--offers"))
            offers = args[i + 1];
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
    auto customerUids = worker.run<QStringList>([](db::Connection& connection) -> core::Result<QStringList> {
        auto statement = db::Statement::prepare(
            connection, "SELECT uid FROM customers WHERE erased_at IS NULL AND merged_into IS NULL");
        if (!statement)
            return std::unexpected(statement.error());
        QStringList uids;
        while (*statement->step())
            uids << statement->columnText(0);
        return uids;
    });
    auto setOffers = worker.run<bool>([offers](db::Connection& c) -> core::Result<bool> {
        if (offers == u"off") {
            if (auto r = c.execute("UPDATE offer_rules SET active = 0", u"b"); !r)
                return std::unexpected(r.error());
            return true;
        }
        if (offers != u"all")
            return true;
        // One of each kind the till evaluates at a sale, next to the demo's come-back coupon.
        auto added = c.execute(
            "INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at) VALUES"
            " (lower(hex(randomblob(16))), 'milestone', 'Fifth visit', 'amountMinor=500\nvisit=5\nvalidDays=30',"
            " 20, 1, '2026-11-01T00:00:00.000Z'),"
            " (lower(hex(randomblob(16))), 'referral', 'Friends', 'percentBasisPoints=1000\nrewardAmountMinor=500"
            "\nrewardValidDays=90', 5, 1, '2026-11-01T00:00:00.000Z'),"
            " (lower(hex(randomblob(16))), 'addon', 'Goes with', 'minimumSales=3\nsuggestions=2', 1, 1,"
            " '2026-11-01T00:00:00.000Z');"
            " INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at)"
            " SELECT lower(hex(randomblob(16))), 'followup', 'Follow-up', 'percentBasisPoints=1500\nvalidDays=30"
            "\nfromCategory=' || a.uid || '\ntoCategory=' || b.uid, 8, 1, '2026-11-01T00:00:00.000Z'"
            " FROM categories a, categories b WHERE a.id = (SELECT min(id) FROM categories)"
            " AND b.id = (SELECT min(id) + 1 FROM categories)",
            u"b");
        if (!added)
            return std::unexpected(added.error());
        return true;
    });
    barcodes.waitForFinished();
    cashier.waitForFinished();
    customerUids.waitForFinished();
    setOffers.waitForFinished();
    if (!setOffers.result()) {
        out << "offers: " << setOffers.result().error().detail << Qt::endl;
        return 1;
    }
    const QStringList people = customerUids.result().value_or(QStringList());
    out << "offers " << offers << ", " << (identified ? "every sale with one of " : "anonymous sales; ")
        << people.size() << " customers" << Qt::endl;
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
    // A look-up answered before its continuation is attached lands inside scan() itself: wait only
    // for what has not arrived yet, or the loop waits for a signal that came already.
    bool accepted = false;
    QObject::connect(&session, &core::CheckoutSession::scanAccepted, &loop, [&] {
        accepted = true;
        loop.quit();
    });
    for (int i = 0; i < sales; ++i) {
        while (session.cart().lines().size() < 3) {
            accepted = false;
            session.scan({codes.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(codes.size())))),
                core::Symbology::Ean13});
            if (!accepted)
                loop.exec();
        }
        if (identified && !people.isEmpty())
            session.attachCustomer(
                people.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(people.size())))));
        committed = false;
        timer.start();
        if (!session.beginTender() || !session.tendering()->addCard(session.tendering()->due())
            || !session.completeSale())
            return 1;
        if (!committed && loop.exec() != 0)
            return 1;
        commitNanos.push_back(timer.nsecsElapsed());
    }
    print(out, "scan -> line in cart model", "scan_to_cart_line", scanNanos);
    print(out, "tender -> committed", "tender_to_committed", commitNanos);
    return 0;
}
