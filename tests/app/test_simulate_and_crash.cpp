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

QStringList committedReceipts(const QByteArray& output)
{
    QStringList receipts;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("committed "))
            receipts << QString::fromLatin1(line.mid(10)).trimmed();
    }
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
    CHECK(process->exitCode() == 0);
    const QStringList receipts = committedReceipts(process->readAllStandardOutput());
    CHECK(receipts.size() == 50);
    auto store = db::openStore(db, kKey);
    REQUIRE(store);
    CHECK(scalar(*store, "SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 50);
}

TEST_CASE("kill -9 during simulated sales: every printed sale is whole, no partial sale exists", "[app][crash]")
{
    const int rounds = qEnvironmentVariableIsSet("SECONDSALE_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("SECONDSALE_CRASH_ROUNDS")
        : 5;
    TempDir dir;
    const QString db = makeStore(dir);
    QRandomGenerator random(20261123);
    qint64 committedTotal = 0;
    for (int round = 0; round < rounds; ++round) {
        QObject owner;
        QProcess* process = startSimulation(&owner, db, 1000000, static_cast<quint64>(round));
        // Wait for the first commit, then kill at a random moment in the stream of sales.
        REQUIRE(process->waitForReadyRead(30000));
        QThread::msleep(random.bounded(5u, 300u));
        process->kill(); // SIGKILL: no destructor, no flush, no rollback by us
        REQUIRE(process->waitForFinished(10000));
        const QStringList receipts = committedReceipts(process->readAllStandardOutput());
        REQUIRE_FALSE(receipts.isEmpty());
        committedTotal += receipts.size();

        auto store = db::openStore(db, kKey); // quick_check runs on open
        REQUIRE(store);
        for (const QString& receipt : receipts) {
            auto sale = db::Statement::prepare(*store,
                "SELECT s.total_minor,"
                " (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id),"
                " (SELECT coalesce(sum(total_minor), 0) FROM sale_lines l WHERE l.sale_id = s.id),"
                " (SELECT coalesce(sum(amount_minor), 0) FROM payments p WHERE p.sale_id = s.id),"
                " (SELECT count(*) FROM print_jobs j WHERE j.sale_id = s.id),"
                " (SELECT count(*) FROM stock_movements m WHERE m.sale_id = s.id)"
                " FROM sales s WHERE s.receipt_no = ?1");
            REQUIRE(sale);
            sale->bind(1, receipt);
            auto row = sale->step();
            REQUIRE(row);
            INFO(receipt.toStdString());
            REQUIRE(*row);
            CHECK(sale->columnInt(1) > 0);
            CHECK(sale->columnInt(2) == sale->columnInt(0));
            CHECK(sale->columnInt(3) == sale->columnInt(0));
            CHECK(sale->columnInt(4) == 1);
            CHECK(sale->columnInt(5) == sale->columnInt(1));
        }
        // Nothing half-written anywhere, printed or not.
        CHECK(scalar(*store,
                  "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")
            == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM sales s WHERE total_minor <> (SELECT coalesce(sum(amount_minor), 0) "
                  "FROM payments p WHERE p.sale_id = s.id)")
            == 0);
        CHECK(scalar(*store, "SELECT count(*) FROM (SELECT code FROM coupons GROUP BY code HAVING count(*) > 1)") == 0);
        CHECK(scalar(*store,
                  "SELECT count(*) FROM products p WHERE stock <> (SELECT coalesce(sum(delta), 0) FROM "
                  "stock_movements m WHERE m.product_id = p.id)")
            == 0);
        auto report = db::checkStore(*store);
        REQUIRE(report);
        CHECK(report->problems.isEmpty());
    }
    WARN("crash rounds: " << rounds << ", committed sales verified: " << committedTotal);
}
