// SPDX-License-Identifier: GPL-3.0-or-later
// Two tills and a real PostgreSQL server: sales on both, a coupon from A used once on B and then
// refused on A, A offline for a while then back, a customer from B found on A; nothing lost or doubled.
#include "PgTestServer.h"
#include "SyncTerminal.h"

#include "AbandonedClaims.h"
#include "CentralReport.h"
#include "ChangePush.h"
#include "CustomerPrivacy.h"
#include "Outbox.h"
#include "RepeatReportQuery.h"
#include "Statement.h"
#include "offers/CouponCode.h"

#include <catch2/catch.hpp>

using namespace ss;
using test::SyncTerminal;

namespace {

qint64 centralCount(test::PgTestServer& server, const char* sql)
{
    auto central = db::sync::PgConnection::connect(server.endpoint());
    REQUIRE(central);
    auto rows = central->exec(sql);
    REQUIRE(rows);
    return rows->integer(0, 0);
}

void requireSynced(SyncTerminal& terminal)
{
    auto round = terminal.sync();
    if (!round)
        FAIL_CHECK(round.error().detail.toStdString());
    REQUIRE(round);
    INFO(round->pulled.lastProblem.toStdString());
    CHECK(round->pulled.skipped == 0);
    CHECK(db::pendingChangeCount(*terminal.syncStore).value() == 0);
}

/// A product dear enough to earn the come-back coupon.
QString dearBarcode(SyncTerminal& terminal)
{
    return terminal.text("SELECT barcode FROM products WHERE price_minor >= 1500 ORDER BY id LIMIT 1");
}

/// Sells `dear` as the till's first sale and returns the come-back coupon its receipt carries.
QString earnComeBackCoupon(SyncTerminal& terminal, const QString& dear)
{
    terminal.sell(dear);
    REQUIRE(terminal.committed.size() == 1);
    const QString code
        = terminal.text("SELECT code FROM coupons WHERE issued_sale_id = (SELECT id FROM sales WHERE uid = '"
            + terminal.committed.back().uid.toStdString() + "')");
    REQUIRE(core::couponcode::looksLikeCode(code));
    return code;
}

} // namespace

TEST_CASE("Two tills through a real PostgreSQL: coupons once, customers shared, offline converges", "[sync][postgres]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    SyncTerminal b(SyncTerminal::Start::NewStore, QStringLiteral("T02"), server.endpoint());

    // A brings its history; B, a new till, gets A's catalogue, customers and coupons.
    const qint64 history = db::pendingChangeCount(*a.syncStore).value();
    REQUIRE(history > 100);
    requireSynced(a);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_changes") == history);
    requireSynced(b);
    CHECK(b.count("SELECT count(*) FROM products") == a.count("SELECT count(*) FROM products"));
    CHECK(b.count("SELECT count(*) FROM customers") == a.count("SELECT count(*) FROM customers"));
    CHECK(b.count("SELECT count(*) FROM consents") == a.count("SELECT count(*) FROM consents"));
    CHECK(b.count("SELECT count(*) FROM coupons") == a.count("SELECT count(*) FROM coupons"));
    // Nothing B applied goes back up: only what B itself does is B's to send.
    CHECK(db::pendingChangeCount(*b.syncStore).value() == 0);

    // Sales on both; A's first anonymous sale earns the come-back coupon.
    const QString dear = a.text("SELECT barcode FROM products WHERE price_minor >= 1500 ORDER BY id LIMIT 1");
    a.sell(dear);
    REQUIRE(a.committed.size() == 1);
    const QString code = a.text("SELECT code FROM coupons WHERE issued_sale_id = (SELECT id FROM sales WHERE uid = '"
        + a.committed.back().uid.toStdString() + "')");
    REQUIRE(core::couponcode::looksLikeCode(code));
    b.sell(dear);
    REQUIRE(b.committed.size() == 1);
    requireSynced(a);
    requireSynced(b);
    CHECK(centralCount(server, "SELECT count(DISTINCT origin) FROM ss_sales") == 2);

    // B redeems A's coupon (signed with A's key, which B learnt at sync); confirmed centrally.
    b.sell(dear, code);
    REQUIRE(b.committed.size() == 2);
    CHECK(b.count("SELECT discount_minor > 0 FROM sales WHERE uid = '" + b.committed.back().uid.toStdString() + "'")
        == 1);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_coupon_redemptions WHERE online") == 1);

    // A, before it has even synced, is refused by the centre at the commit.
    a.sell(dear, code);
    REQUIRE(a.failures.size() == 1);
    CHECK(a.failures.back().code == core::ErrorCode::ConstraintViolated);
    CHECK(a.committed.size() == 1);
    // ...and after a sync A refuses it at the scan, naming B's receipt.
    requireSynced(b);
    requireSynced(a);
    CHECK(a.text("SELECT redeemed_elsewhere FROM coupons WHERE code = '" + code.toStdString() + "'")
        == b.committed.back().receiptNumber);
    a.sell(dear, code);
    CHECK(a.refusals.back() == core::CouponRefusal::AlreadyRedeemed);
    CHECK(a.committed.size() == 1);

    // A customer captured on B is found on A after the next sync.
    const QString customerUid = b.text("SELECT lower(hex(randomblob(16)))");
    {
        auto done = b.worker.run<bool>([customerUid](db::Connection& c) -> core::Result<bool> {
            auto insert = db::Statement::prepare(c,
                "INSERT INTO customers(uid, first_name, last_name, email, created_at)"
                " VALUES (?1, 'Grace', 'O''Hara', 'grace@example.org', '2026-12-01T10:00:00.000Z')");
            if (!insert)
                return std::unexpected(insert.error());
            if (auto r = insert->bind(1, customerUid).run(); !r)
                return std::unexpected(r.error());
            return true;
        });
        done.waitForFinished();
        REQUIRE(done.result());
    }
    requireSynced(b);
    requireSynced(a);
    CHECK(a.text("SELECT last_name FROM customers WHERE uid = '" + customerUid.toStdString() + "'")
        == QStringLiteral("O'Hara"));

    // A goes offline: it keeps selling, and takes a fresh coupon from B's customer under the
    // offline rule, while B, online, takes the same coupon first.
    // The owner hands out a coupon at A (a goodwill voucher); both tills know it after a sync.
    const QString second = core::couponcode::generate(
        QByteArray::fromHex(a.text("SELECT value FROM meta WHERE key = 'coupon_key'").toLatin1()));
    REQUIRE(a.syncStore->execute("INSERT INTO coupons(uid, code, discount_kind, discount_value, min_spend_minor,"
                                 " valid_from, valid_until, created_at) VALUES (lower(hex(randomblob(16))), '"
            + second.toStdString()
            + "', 'amount', 200, 0, '2026-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z',"
              " '2026-12-01T09:00:00.000Z')",
        u"t"));
    requireSynced(a);
    requireSynced(b);
    REQUIRE(core::couponcode::looksLikeCode(second));
    a.connectCoupons(server.unreachable());
    for (int i = 0; i < 3; ++i)
        a.sell(dear);
    a.sell(dear, second);
    REQUIRE(a.committed.size() == 5);
    CHECK_FALSE(a.sync()); // still offline: the round fails, the changes wait
    CHECK(db::pendingChangeCount(*a.syncStore).value() > 0);
    CHECK_FALSE(db::sync::readSyncStatus(*a.syncStore).value().lastError.isEmpty());
    b.sell(dear, second);
    REQUIRE(b.committed.size() == 3);
    requireSynced(b);

    // Back online: everything converges, nothing lost or doubled, and the double is reported.
    a.connectCoupons(server.endpoint());
    requireSynced(a);
    requireSynced(b);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_sales WHERE origin = 'HIGHST/T01'")
        == a.count("SELECT count(*) FROM sales"));
    CHECK(centralCount(server, "SELECT count(*) FROM ss_sales WHERE origin = 'HIGHST/T02'")
        == b.count("SELECT count(*) FROM sales"));
    CHECK(centralCount(server, "SELECT count(*) FROM ss_changes")
        == a.count("SELECT count(*) FROM outbox") + b.count("SELECT count(*) FROM outbox"));
    CHECK(b.count("SELECT count(*) FROM customers") == a.count("SELECT count(*) FROM customers"));
    CHECK(b.count("SELECT count(*) FROM coupons") == a.count("SELECT count(*) FROM coupons"));
    const QString aReceipt = a.committed.back().receiptNumber;
    const QString bReceipt = b.committed.back().receiptNumber;
    for (SyncTerminal* till : {&a, &b}) {
        CHECK(till->count("SELECT count(*) FROM coupon_conflicts") == 1);
        CHECK(till->text("SELECT kept_receipt || ' ' || second_receipt FROM coupon_conflicts")
            == bReceipt + QLatin1Char(' ') + aReceipt);
        const core::SyncStatus status = db::sync::readSyncStatus(*till->syncStore).value();
        CHECK(status.doubleRedemptions == 1);
        REQUIRE(status.latestDoubles.size() == 1);
        CHECK(status.latestDoubles.front().code == second);
        CHECK(status.latestDoubles.front().keptReceipt == bReceipt);
        CHECK(status.latestDoubles.front().secondReceipt == aReceipt);
    }

    // A replayed push (the acknowledgement lost) changes nothing at the centre.
    const qint64 changes = centralCount(server, "SELECT count(*) FROM ss_changes");
    REQUIRE(
        a.syncStore->execute("UPDATE outbox SET pushed_at = NULL WHERE id > (SELECT max(id) - 20 FROM outbox)", u"t"));
    requireSynced(a);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_changes") == changes);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_double_redemptions") == 1);
}

TEST_CASE("An erasure reaches the centre's history, and a restarted server is picked up again", "[sync][postgres]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    requireSynced(a);
    const std::string uid = a.text("SELECT uid FROM customers WHERE email IS NOT NULL LIMIT 1").toStdString();
    const std::string email = a.text("SELECT email FROM customers WHERE uid = '" + uid + "'").toStdString();
    REQUIRE(a.syncStore->execute("UPDATE customers SET first_name = NULL, last_name = NULL, email = NULL,"
                                 " phone_e164 = NULL, postcode = NULL, erased_at = '2026-12-01T10:00:00.000Z'"
                                 " WHERE uid = '"
            + uid + "'",
        u"t"));
    server.stop();
    CHECK_FALSE(a.sync());
    server.start();
    requireSynced(a);
    const std::string leak = "SELECT count(*) FROM ss_changes WHERE payload::text LIKE '%" + email + "%'";
    CHECK(centralCount(server, leak.c_str()) == 0);
    CHECK(centralCount(server,
              "SELECT count(*) FROM ss_changes WHERE entity = 'customer' AND payload->>'erased_at'"
              " IS NOT NULL")
        >= 2);
}

TEST_CASE(
    "The owner's figures from the centre are each till's own, for one shop and for all", "[sync][postgres][report]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    requireSynced(a);
    core::RepeatReportRequest request;
    request.period = {QDate(2026, 9, 1), QDate(2026, 11, 30)};
    request.comparison = request.period.previous();
    auto local = db::loadRepeatReport(*a.syncStore, request, db::ReportScope::Everything);
    REQUIRE(local);
    auto central = db::sync::PgConnection::connect(server.endpoint());
    REQUIRE(central);
    auto chain = db::sync::loadCentralRepeatReport(*central, request, QStringLiteral("HIGHST"));
    REQUIRE(chain);
    REQUIRE(local->headline.totals.sales > 50);
    CHECK(chain->headline.totals == local->headline.totals);
    CHECK(chain->headline.newCustomers == local->headline.newCustomers);
    CHECK(chain->headline.returningCustomers == local->headline.returningCustomers);
    CHECK(chain->headline.newCameBack == local->headline.newCameBack);
    CHECK(chain->headline.secondPurchaseRate == local->headline.secondPurchaseRate);
    CHECK(chain->headline.medianDaysToSecond == local->headline.medianDaysToSecond);
    REQUIRE(chain->comparison);
    CHECK(chain->comparison->totals == local->comparison->totals);
    CHECK(chain->averageLifetimeValueMinor == local->averageLifetimeValueMinor);
    REQUIRE(chain->segments.size() == local->segments.size());
    for (std::size_t i = 0; i < chain->segments.size(); ++i)
        CHECK(chain->segments[i].customers == local->segments[i].customers);

    // A second shop sells to one of the first shop's customers: their first purchase in that shop,
    // and one more sale for the chain.
    SyncTerminal b(SyncTerminal::Start::NewStore, QStringLiteral("T01"), server.endpoint(), QStringLiteral("MARKET"));
    requireSynced(b);
    const QString regular = a.text("SELECT c.uid FROM customers c JOIN sales s ON s.customer_id = c.id"
                                   " WHERE c.erased_at IS NULL GROUP BY c.id ORDER BY count(*) DESC LIMIT 1");
    b.session->attachCustomer(regular);
    b.sell(a.text("SELECT barcode FROM products ORDER BY id LIMIT 1"));
    REQUIRE(b.committed.size() == 1);
    requireSynced(b);
    core::RepeatReportRequest today;
    const QDate utcToday = QDateTime::currentDateTimeUtc().date();
    today.period = {utcToday, utcToday};
    auto market = db::sync::loadCentralRepeatReport(*central, today, QStringLiteral("MARKET"));
    REQUIRE(market);
    CHECK(market->headline.totals.sales == 1);
    CHECK(market->headline.totals.firstOrders == 1);
    auto all = db::sync::loadCentralRepeatReport(*central, today);
    REQUIRE(all);
    CHECK(all->headline.totals.sales == 1);
    CHECK(all->headline.totals.repeatOrders == 1); // across the chain, the regular is a regular
    CHECK(db::sync::centralShops(*central).value() == QStringList {QStringLiteral("HIGHST"), QStringLiteral("MARKET")});
}

TEST_CASE("TLS: a till reaches the central store only when it trusts the server's certificate", "[sync][postgres][tls]")
{
    test::PgTestServer server(test::PgTestServer::Transport::Tls);

    // The shop's way: TLS, with the server's name checked against the shop's own CA.
    auto trusted = db::sync::PgConnection::connect(server.endpoint());
    REQUIRE(trusted);
    CHECK(trusted->usesTls());
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    requireSynced(a);

    // A server that cannot prove it is the shop's: refused before anything is sent.
    db::sync::CentralEndpoint stranger = server.endpoint();
    stranger.sslRootCert = server.strangerCaFile();
    auto refused = db::sync::PgConnection::connect(stranger);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.contains(QStringLiteral("certificate")));

    // The right CA, but the certificate names another host.
    db::sync::CentralEndpoint byAddress = server.endpoint();
    byAddress.host = QStringLiteral("127.0.0.1");
    auto misnamed = db::sync::PgConnection::connect(byAddress);
    REQUIRE_FALSE(misnamed);
    CHECK(misnamed.error().detail.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("Offline rule 'refuse': a coupon waits until the till is online, the sale keeps its cart", "[sync][postgres]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    requireSynced(a);
    const QString dear = dearBarcode(a);
    const QString code = earnComeBackCoupon(a, dear);

    a.connectCoupons(server.unreachable(), core::OfflineCouponRule::Refuse);
    a.sell(dear, code);
    REQUIRE(a.failures.size() == 1);
    CHECK(a.failures.back().code == core::ErrorCode::Io);
    CHECK(a.committed.size() == 1);
    CHECK(a.count("SELECT count(*) FROM coupons WHERE code = '" + code.toStdString()
              + "' AND redeemed_sale_id IS NULL AND redeemed_elsewhere IS NULL")
        == 1); // still there for the customer

    // Back online: the same coupon goes through, confirmed centrally.
    a.connectCoupons(server.endpoint(), core::OfflineCouponRule::Refuse);
    a.sell(dear, code);
    REQUIRE(a.committed.size() == 2);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_coupon_redemptions WHERE online") == 1);
}

TEST_CASE(
    "A merge made at one till follows at the other, with that till's own sales of the duplicate", "[sync][postgres]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    SyncTerminal b(SyncTerminal::Start::NewStore, QStringLiteral("T02"), server.endpoint());
    requireSynced(a);
    requireSynced(b);
    const std::string kept
        = a.text("SELECT uid FROM customers WHERE erased_at IS NULL AND merged_into IS NULL ORDER BY id LIMIT 1")
              .toStdString();
    const std::string duplicate = a.text("SELECT uid FROM customers WHERE erased_at IS NULL AND merged_into IS NULL"
                                         " ORDER BY id DESC LIMIT 1")
                                      .toStdString();
    REQUIRE(kept != duplicate);

    // B sells to the duplicate record before it hears of the merge made at A.
    b.session->attachCustomer(QString::fromStdString(duplicate));
    b.sell(a.text("SELECT barcode FROM products ORDER BY id LIMIT 1"));
    REQUIRE(b.committed.size() == 1);
    REQUIRE(db::mergeCustomers(*a.syncStore, QString::fromStdString(kept), QString::fromStdString(duplicate),
        QDateTime::currentDateTimeUtc()));
    requireSynced(a);
    requireSynced(b);

    CHECK(b.text("SELECT k.uid FROM customers d JOIN customers k ON k.id = d.merged_into WHERE d.uid = '" + duplicate
              + "'")
        == QString::fromStdString(kept));
    CHECK(b.text("SELECT c.uid FROM sales s JOIN customers c ON c.id = s.customer_id WHERE s.uid = '"
              + b.committed.back().uid.toStdString() + "'")
        == QString::fromStdString(kept));
    CHECK(b.count("SELECT count(*) FROM customers WHERE uid = '" + duplicate + "' AND email IS NOT NULL") == 0);
    // The customer's figures at B now count B's sale for the record that was kept.
    CHECK(b.count(
              "SELECT count(*) FROM sales s JOIN customers c ON c.id = s.customer_id WHERE c.uid = '" + duplicate + "'")
        == 0);
}

TEST_CASE("A coupon claimed for a sale that never committed is given back at a later sync", "[sync][postgres]")
{
    test::PgTestServer server;
    SyncTerminal a(SyncTerminal::Start::DemoHistory, QStringLiteral("T01"), server.endpoint());
    requireSynced(a);
    const QString dear = dearBarcode(a);
    const QString code = earnComeBackCoupon(a, dear);
    requireSynced(a);

    // The till claimed the coupon, then lost power before the sale committed. Beside it: a claim
    // made a moment ago (its sale may be committing right now), a claim for a sale committed here but
    // not yet pushed, and another till's old claim (that till judges its own).
    a.sell(dear);
    REQUIRE(a.committed.size() == 2);
    const QString unpushedSale = a.committed.back().uid;
    auto central = db::sync::PgConnection::connect(server.endpoint());
    REQUIRE(central);
    const QString origin = a.identity.origin();
    const char* claim = "INSERT INTO ss_coupon_redemptions(code, sale_uid, origin, online, redeemed_at)"
                        " VALUES ($1, $2, $3, true, now() - make_interval(mins => $4::int))";
    REQUIRE(central->exec(claim, {code, QStringLiteral("lost-sale"), origin, QStringLiteral("20")}));
    REQUIRE(central->exec(claim, {QStringLiteral("FRESH"), QStringLiteral("committing"), origin, QStringLiteral("0")}));
    REQUIRE(central->exec(claim, {QStringLiteral("UNPUSHED"), unpushedSale, origin, QStringLiteral("20")}));
    REQUIRE(central->exec(claim,
        {QStringLiteral("OTHER"), QStringLiteral("other-sale"), QStringLiteral("HIGHST/T09"), QStringLiteral("20")}));

    auto freed = db::sync::releaseAbandonedClaims(*a.syncStore, *central, a.identity);
    REQUIRE(freed);
    CHECK(*freed == 1);
    CHECK(
        centralCount(server, "SELECT count(*) FROM ss_coupon_redemptions WHERE code IN ('FRESH', 'UNPUSHED', 'OTHER')")
        == 3);

    // The round pushes the waiting sale: its claim is then plainly kept.
    auto round = a.sync();
    REQUIRE(round);
    CHECK(round->claimsFreed == 0);
    CHECK(centralCount(server, "SELECT count(*) FROM ss_coupon_redemptions WHERE code = 'UNPUSHED'") == 1);

    // The customer's coupon works again, once.
    a.sell(dear, code);
    REQUIRE(a.committed.size() == 3);
    CHECK(a.refusals.empty());
    CHECK(centralCount(server,
              ("SELECT count(*) FROM ss_coupon_redemptions WHERE code = '" + code.toStdString() + "' AND sale_uid = '"
                  + a.committed.back().uid.toStdString() + "'")
                  .c_str())
        == 1);
}
