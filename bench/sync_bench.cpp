// SPDX-License-Identifier: GPL-3.0-or-later
// Sync throughput and the central coupon check's latency against a real PostgreSQL server
// (bench/run-sync-bench.sh starts one). Prints:
//   RESULT bench=sync_push changes=… seconds=… changes_per_s=…
//   RESULT bench=sync_pull changes=… seconds=… changes_per_s=…
//   RESULT bench=coupon_claim n=… p50_us=… p90_us=… p99_us=… max_us=…
#include "BenchStats.h"
#include "CentralCoupons.h"
#include "CentralSchema.h"
#include "DemoStore.h"
#include "Outbox.h"
#include "StoreFile.h"
#include "SyncRound.h"
#include "Uid.h"
#include "offers/CouponCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace ss;

namespace {

void require(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "sync bench: %s\n", qPrintable(what));
        std::exit(1);
    }
}

QString rateLine(const char* name, qint64 changes, qint64 nanos)
{
    const double seconds = static_cast<double>(nanos) / 1e9;
    return QStringLiteral("RESULT bench=%1 changes=%2 seconds=%3 changes_per_s=%4")
        .arg(QLatin1String(name))
        .arg(changes)
        .arg(seconds, 0, 'f', 2)
        .arg(static_cast<qint64>(static_cast<double>(changes) / seconds));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption hostOption(
        QStringLiteral("host"), QStringLiteral("server host or socket dir"), QStringLiteral("host"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("server port"), QStringLiteral("port"));
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), QStringLiteral("demo customers"), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption claimsOption(
        QStringLiteral("claims"), QStringLiteral("coupon checks"), QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({hostOption, portOption, customersOption, claimsOption});
    parser.process(app);

    db::sync::CentralEndpoint endpoint;
    endpoint.host = parser.value(hostOption);
    endpoint.port = parser.value(portOption).toInt();
    endpoint.sslMode = QStringLiteral("disable"); // loopback to a throw-away server
    QTextStream out(stdout);

    QTemporaryDir dir;
    core::DemoOptions demo;
    demo.customers = parser.value(customersOption).toInt();
    demo.products = 500;
    demo.months = 6;
    demo.lastDay = QDate::currentDate();
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    require(db::createDemoStore(pathA, db::kDemoKey, demo).has_value(), QStringLiteral("demo store"));
    auto a = db::openStore(pathA, db::kDemoKey);
    require(a.has_value(), QStringLiteral("open A"));
    const qint64 changes = db::pendingChangeCount(*a).value_or(0);
    const db::sync::TerminalIdentity tillA {QStringLiteral("BENCH"), QStringLiteral("T01")};

    auto central = db::sync::PgConnection::connect(endpoint);
    require(central.has_value(), central ? QString() : central.error().detail);
    require(db::sync::joinCentral(*central, *a, tillA).has_value(), QStringLiteral("join"));

    // Push: the whole history of a six-month shop, as a till joining a chain sends it.
    QElapsedTimer timer;
    timer.start();
    auto pushed = db::sync::syncRound(*a, *central, tillA);
    const qint64 pushNanos = timer.nsecsElapsed();
    require(pushed.has_value(), pushed ? QString() : pushed.error().detail);
    out << rateLine("sync_push", pushed->pushed, pushNanos) << Qt::endl;

    // Pull: a new till of the same shop receives it (everything but the sales, which stay central).
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    core::StoreProfile profile;
    profile.name = QStringLiteral("Bench B");
    profile.currency = QStringLiteral("GBP");
    profile.countryCode = QStringLiteral("GB");
    profile.terminalId = QStringLiteral("T02");
    auto b = db::createStore(pathB, db::kDemoKey, profile);
    require(b.has_value(), QStringLiteral("store B"));
    require(b->execute("INSERT INTO tax_classes(code, name, rate_bp, inclusive) SELECT 'standard', 'VAT', 2000, 1"
                       " WHERE NOT EXISTS (SELECT 1 FROM tax_classes WHERE code = 'standard')",
                 u"bench")
                .has_value(),
        QStringLiteral("tax"));
    const db::sync::TerminalIdentity tillB {QStringLiteral("BENCH"), QStringLiteral("T02")};
    require(db::sync::joinCentral(*central, *b, tillB).has_value(), QStringLiteral("join B"));
    timer.restart();
    auto pulled = db::sync::syncRound(*b, *central, tillB);
    const qint64 pullNanos = timer.nsecsElapsed();
    require(pulled.has_value(), pulled ? QString() : pulled.error().detail);
    out << rateLine("sync_pull", pulled->pulled.received, pullNanos) << Qt::endl;
    out << "history changes=" << changes << " applied=" << pulled->pulled.applied
        << " skipped=" << pulled->pulled.skipped << Qt::endl;

    // The check a coupon sale waits for: one round trip that holds the code for the sale.
    db::sync::CentralCoupons coupons(endpoint, tillA, {});
    const QByteArray key = QByteArray::fromHex(
        a->queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"key").value_or(QString()).toLatin1());
    std::vector<qint64> claims;
    const int rounds = parser.value(claimsOption).toInt();
    for (int i = 0; i < rounds; ++i) {
        const QString code = core::couponcode::generate(key);
        timer.restart();
        const core::CouponClaim claim = coupons.claim(code, core::newUid());
        claims.push_back(timer.nsecsElapsed());
        require(claim.outcome == core::CouponClaim::Outcome::Confirmed, QStringLiteral("claim refused"));
    }
    out << bench::resultLine(QStringLiteral("coupon_claim"), claims) << Qt::endl;
    return 0;
}
