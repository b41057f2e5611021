// SPDX-License-Identifier: GPL-3.0-or-later
// The win-back list on a real store: lapsed customers with a yes on the channel, nobody else; coupons
// issued to each on request; CSV safe for a spreadsheet.
#include "DbTestSupport.h"
#include "FreshCodes.h"
#include "Statement.h"
#include "UtcTime.h"
#include "WinBack.h"
#include "offers/CouponCode.h"

#include <set>

using namespace ss;
using test::kTestKey;

namespace {

/// Who should be on the list, worked out customer by customer with plain queries.
std::set<qint64> expectedLapsed(db::Connection& store, const QDateTime& cutoff)
{
    std::set<qint64> expected;
    auto ids = db::Statement::prepare(store, "SELECT id FROM customers WHERE erased_at IS NULL AND email IS NOT NULL");
    REQUIRE(ids);
    std::vector<qint64> all;
    REQUIRE(ids->forEach([&](const db::Statement& row) { all.push_back(row.columnInt(0)); }));
    for (qint64 id : all) {
        const std::string sid = std::to_string(id);
        const QString last = store
                                 .queryText("SELECT coalesce(max(created_at), '') FROM sales WHERE kind = 'sale'"
                                            " AND customer_id = "
                                         + sid,
                                     u"t")
                                 .value();
        const qint64 yes = store
                               .queryInt("SELECT coalesce((SELECT granted FROM consents WHERE channel = 'email'"
                                         " AND customer_id = "
                                       + sid + " ORDER BY recorded_at DESC, id DESC LIMIT 1), 0)",
                                   u"t")
                               .value();
        if (!last.isEmpty() && core::fromStorageTime(last) < cutoff && yes == 1)
            expected.insert(id);
    }
    return expected;
}

std::set<qint64> listed(const QByteArray& csv)
{
    std::set<qint64> ids;
    const QList<QByteArray> rows = csv.split('\n');
    for (int i = 1; i < rows.size(); ++i) {
        if (!rows[i].trimmed().isEmpty())
            ids.insert(rows[i].split(',').front().toLongLong());
    }
    return ids;
}

} // namespace

TEST_CASE("Win-back: lapsed customers who said yes, nobody else; a withdrawal takes them off", "[db][offers][winback]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    const QDateTime now(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);
    const int days = 30;
    const std::set<qint64> expected = expectedLapsed(*store, now.addDays(-days));
    REQUIRE(expected.size() >= 2);

    auto list = db::winBackList(*store, days, QStringLiteral("email"), false, now);
    REQUIRE(list);
    CHECK(list->csv.startsWith("number,first_name,last_name,email,last_visit,visits,spent_minor,coupon"));
    CHECK(listed(list->csv) == expected);
    CHECK(list->couponsIssued == 0);

    // One of them withdraws consent: an appended "no" takes them off the next list.
    const qint64 leaving = *expected.begin();
    REQUIRE(store->execute("INSERT INTO consents(uid, customer_id, channel, granted, wording_version, recorded_at)"
                           " VALUES ('w1', "
            + std::to_string(leaving) + ", 'email', 0, 'counter-v1', '2026-11-22T17:00:00.000Z')",
        u"t"));
    auto after = db::winBackList(*store, days, QStringLiteral("email"), false, now);
    REQUIRE(after);
    CHECK(listed(after->csv).count(leaving) == 0);
    CHECK(listed(after->csv).size() == expected.size() - 1);

    // A name typed to be a spreadsheet formula stays text.
    const qint64 hostile = *std::next(expected.begin());
    REQUIRE(store->execute(
        "UPDATE customers SET first_name = '=HYPERLINK(\"x\")' WHERE id = " + std::to_string(hostile), u"t"));
    auto safe = db::winBackList(*store, days, QStringLiteral("email"), false, now);
    REQUIRE(safe);
    CHECK(safe->csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));

    CHECK(db::winBackList(*store, days, QStringLiteral("fax"), false, now).error().code
        == core::ErrorCode::InvalidArgument);
}

TEST_CASE("Win-back with --issue: one bound, single-use coupon per customer from the active win-back offer",
    "[db][offers][winback]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    const QDateTime now(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);
    CHECK(db::winBackList(*store, 30, QStringLiteral("email"), true, now).error().code == core::ErrorCode::NotFound);
    REQUIRE(store->execute("INSERT INTO offer_rules(uid, kind, name, parameters, priority, active, created_at) VALUES"
                           " ('wb', 'winback', 'We miss you: 15% off', 'percentBasisPoints=1500\nvalidDays=45', 5, 1,"
                           " '2026-11-01T00:00:00.000Z')",
        u"t"));
    const qint64 before = store->queryInt("SELECT count(*) FROM coupons", u"t").value();
    auto list = db::winBackList(*store, 30, QStringLiteral("email"), true, now);
    REQUIRE(list);
    REQUIRE(list->customers > 0);
    CHECK(list->couponsIssued == list->customers);
    CHECK(store->queryInt("SELECT count(*) FROM coupons", u"t").value() == before + list->customers);
    CHECK(store
              ->queryInt("SELECT count(*) FROM coupons WHERE rule_id = (SELECT id FROM offer_rules WHERE uid = 'wb')"
                         " AND customer_id IS NOT NULL AND issued_sale_id IS NULL AND discount_value = 1500",
                  u"t")
              .value()
        == list->customers);
    const QByteArray key
        = QByteArray::fromHex(store->queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"t")->toLatin1());
    const QString code = store
                             ->queryText("SELECT code FROM coupons WHERE rule_id = (SELECT id FROM offer_rules"
                                         " WHERE uid = 'wb') LIMIT 1",
                                 u"t")
                             .value();
    CHECK(core::couponcode::verify(code, key) == code);
    CHECK(list->csv.contains(code.toLatin1()));
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'winback_list'", u"t").value() == 1);
}

TEST_CASE("Fresh codes: a code already held by a coupon or as a referral code is drawn again", "[db][offers][coupon]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    const QString couponHeld = store->queryText("SELECT code FROM coupons LIMIT 1", u"t").value();
    REQUIRE_FALSE(couponHeld.isEmpty());
    const QString referralHeld = QStringLiteral("REFER-ALCOD");
    REQUIRE(store->execute(
        "UPDATE customers SET referral_code = 'REFER-ALCOD' WHERE id = (SELECT min(id) FROM customers)", u"t"));

    // A random source that repeats the codes in use before it comes up with a new one.
    QStringList draws {couponHeld, referralHeld, couponHeld, QStringLiteral("NEWCO-DE234")};
    auto codes = db::FreshCodes::create(*store, [&](const QByteArray&) { return draws.takeFirst(); });
    REQUIRE(codes);
    auto code = codes->next();
    REQUIRE(code);
    CHECK(*code == u"NEWCO-DE234");
    CHECK(draws.isEmpty());

    // A source that only ever repeats itself is a broken one: that is an error, not a duplicate.
    auto stuck = db::FreshCodes::create(*store, [&](const QByteArray&) { return couponHeld; });
    REQUIRE(stuck);
    CHECK(stuck->next().error().code == core::ErrorCode::Internal);

    // The real source: codes that verify under the store's key.
    auto real = db::FreshCodes::create(*store);
    REQUIRE(real);
    auto made = real->next();
    REQUIRE(made);
    CHECK(core::couponcode::verify(*made, real->key()).value_or(QString()) == *made);
}
