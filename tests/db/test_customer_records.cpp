// SPDX-License-Identifier: GPL-3.0-or-later
// The customer screens' storage on a real SQLCipher store: who may use it, what a profile holds,
// edits, the consent ledger, look-up by scanned codes, merges.
#include "DbTestSupport.h"
#include "SqlCustomerRecords.h"
#include "SqlCustomers.h"
#include "WorkerQueries.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ss;
using core::ErrorCode;
using test::kTestKey;

namespace {

struct Records
{
    test::TempDir dir;
    db::DbWorker worker;
    ~Records() { worker.drain(); } // jobs in flight finish while their continuations' objects still exist
    test::WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCustomerRecords records {worker, clock};
    db::SqlCustomers counter {worker, clock};
    QString cashier;
    QString manager;
    QString owner;

    Records()
    {
        auto opened = worker.open(test::makeTinyStore(dir), kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        cashier = queries.text("SELECT uid FROM cashiers WHERE role = 'cashier'");
        manager = queries.text("SELECT uid FROM cashiers WHERE role = 'manager'");
        owner = queries.text("SELECT uid FROM cashiers WHERE role = 'owner'");
    }

    template<typename T> core::Result<T> wait(QFuture<core::Result<T>> future)
    {
        future.waitForFinished();
        return future.result();
    }
    /// A demo customer with the most sales: a regular with history to show.
    QString regular()
    {
        return queries.text("SELECT c.uid FROM customers c JOIN sales s ON s.customer_id = c.id"
                            " WHERE c.erased_at IS NULL AND c.email IS NOT NULL GROUP BY c.id"
                            " ORDER BY count(*) DESC, c.id LIMIT 1");
    }
    qint64 idOf(const QString& uid)
    {
        return queries.count("SELECT id FROM customers WHERE uid = '" + uid.toStdString() + "'");
    }
    core::CustomerEdit editOf(const core::CustomerProfile& profile)
    {
        core::CustomerEdit edit;
        edit.uid = profile.summary.uid;
        edit.contact = {profile.summary.firstName, profile.summary.lastName, profile.summary.email,
            profile.summary.phoneE164, profile.summary.postcode};
        edit.cardCode = profile.summary.cardCode;
        return edit;
    }
};

} // namespace

TEST_CASE("Customer records are refused to a cashier and to unknown staff, for every call", "[db][customers][roles]")
{
    Records store;
    const QString customer = store.regular();
    for (const QString& actor : {store.cashier, QStringLiteral("no-such-person"), QString()}) {
        CHECK(store.wait(store.records.list(actor, {}, 10)).error().code == ErrorCode::PermissionDenied);
        CHECK(store.wait(store.records.profile(actor, customer)).error().code == ErrorCode::PermissionDenied);
        CHECK(store.wait(store.records.exportData(actor, customer)).error().code == ErrorCode::PermissionDenied);
        CHECK(store.wait(store.records.erase(actor, customer)).error().code == ErrorCode::PermissionDenied);
        CHECK(store.wait(store.records.recordConsent(actor, customer, core::ConsentChannel::Email, false, {}))
                  .error()
                  .code
            == ErrorCode::PermissionDenied);
    }
    CHECK(store.queries.count("SELECT count(*) FROM audit_log WHERE action LIKE 'customer_%'") == 0);
    CHECK(store.wait(store.records.list(store.manager, {}, 10)));
    CHECK(store.wait(store.records.list(store.owner, {}, 10)));
}

TEST_CASE("A profile holds the customer's purchases with items, consents, coupons and interests", "[db][customers]")
{
    Records store;
    const QString uid = store.regular();
    const std::string id = std::to_string(store.idOf(uid));
    auto profile = store.wait(store.records.profile(store.manager, uid));
    REQUIRE(profile);
    CHECK(profile->summary.uid == uid);
    CHECK_FALSE(profile->summary.email.isEmpty());
    CHECK(static_cast<qint64>(profile->purchases.size())
        == store.queries.count("SELECT count(*) FROM sales WHERE customer_id = " + id));
    CHECK(profile->summary.visits
        == store.queries.count("SELECT count(*) FROM sales WHERE kind = 'sale' AND customer_id = " + id));
    CHECK(profile->summary.spentMinor
        == store.queries.count("SELECT coalesce(sum(total_minor), 0) FROM sales WHERE customer_id = " + id));
    REQUIRE(profile->summary.visits >= 2);
    qint64 lines = 0;
    for (const auto& purchase : profile->purchases) {
        lines += static_cast<qint64>(purchase.lines.size());
        qint64 sum = 0;
        for (const auto& line : purchase.lines)
            sum += line.totalMinor;
        CHECK(sum == purchase.totalMinor);
    }
    CHECK(lines
        == store.queries.count(
            "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.customer_id = " + id));
    // Newest first.
    CHECK(profile->purchases.front().atUtc >= profile->purchases.back().atUtc);
    CHECK(static_cast<qint64>(profile->consents.size())
        == store.queries.count("SELECT count(*) FROM consents WHERE customer_id = " + id));
    CHECK(static_cast<qint64>(profile->coupons.size())
        == store.queries.count("SELECT count(*) FROM coupons WHERE customer_id = " + id));
    CHECK(static_cast<qint64>(profile->interests.size()) == store.queries.count("SELECT count(*) FROM categories"));

    auto missing = store.wait(store.records.profile(store.manager, QStringLiteral("not-a-customer")));
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE(
    "An edit changes the details, interests and card; a taken email is refused and changes nothing", "[db][customers]")
{
    Records store;
    const QString uid = store.regular();
    auto profile = store.wait(store.records.profile(store.manager, uid));
    REQUIRE(profile);
    core::CustomerEdit edit = store.editOf(*profile);
    edit.contact.firstName = QStringLiteral("Robert'); DROP TABLE customers;--");
    edit.contact.postcode = QStringLiteral("SW1A 1AA");
    edit.cardCode = QStringLiteral("card-7741x");
    edit.interestCategoryUids = {profile->interests.at(0).categoryUid, profile->interests.at(1).categoryUid};
    REQUIRE(store.wait(store.records.update(store.manager, edit)));

    auto after = store.wait(store.records.profile(store.manager, uid));
    REQUIRE(after);
    CHECK(after->summary.firstName == edit.contact.firstName);
    CHECK(after->summary.postcode == QStringLiteral("SW1A 1AA"));
    CHECK(after->summary.cardCode == QStringLiteral("CARD-7741X"));
    CHECK(std::count_if(after->interests.begin(), after->interests.end(), [](const auto& i) { return i.chosen; }) == 2);
    CHECK(store.queries.count("SELECT count(*) FROM audit_log WHERE action = 'customer_edited' AND cashier_id = "
                              "(SELECT id FROM cashiers WHERE role = 'manager')")
        == 1);

    // The scanned loyalty card finds them at the counter.
    auto byCard = store.wait(store.counter.find(core::customerQueryFor(QStringLiteral("card-7741x"), u"GB"_qs), 5));
    REQUIRE(byCard);
    REQUIRE(byCard->size() == 1);
    CHECK(byCard->front().uid == uid);

    // Another customer's email: refused, nothing written.
    const QString otherEmail = store.queries.text("SELECT email FROM customers WHERE email IS NOT NULL AND uid <> '"
        + uid.toStdString() + "' AND erased_at IS NULL LIMIT 1");
    core::CustomerEdit clash = store.editOf(*after);
    clash.contact.email = otherEmail;
    clash.contact.firstName = QStringLiteral("Changed");
    CHECK(store.wait(store.records.update(store.manager, clash)).error().code == ErrorCode::AlreadyExists);
    auto unchanged = store.wait(store.records.profile(store.manager, uid));
    REQUIRE(unchanged);
    CHECK(unchanged->summary.firstName == edit.contact.firstName);
    CHECK(unchanged->summary.email == profile->summary.email);
}

TEST_CASE("Consent changes are new ledger entries by the member of staff — a yes needs an address", "[db][customers]")
{
    Records store;
    const QString uid = store.regular();
    const std::string id = std::to_string(store.idOf(uid));
    const qint64 before = store.queries.count("SELECT count(*) FROM consents WHERE customer_id = " + id);
    REQUIRE(store.wait(store.records.recordConsent(
        store.manager, uid, core::ConsentChannel::Email, true, QStringLiteral("screen-v1"))));
    REQUIRE(store.wait(store.records.recordConsent(
        store.manager, uid, core::ConsentChannel::Email, false, QStringLiteral("screen-v1"))));
    auto profile = store.wait(store.records.profile(store.manager, uid));
    REQUIRE(profile);
    CHECK(profile->consentNow(core::ConsentChannel::Email) == false);
    CHECK(static_cast<qint64>(profile->consents.size()) == before + 2);
    CHECK(
        profile->consents.back().recordedBy == store.queries.text("SELECT name FROM cashiers WHERE role = 'manager'"));
    CHECK(store.queries.count("SELECT count(*) FROM consents WHERE customer_id = " + id) == before + 2);

    // No postcode on record: a yes to post is refused; a withdrawal is always taken.
    auto edit = store.editOf(*profile);
    edit.contact.postcode.clear();
    REQUIRE(store.wait(store.records.update(store.manager, edit)));
    CHECK(store.wait(store.records.recordConsent(store.owner, uid, core::ConsentChannel::Post, true, {})).error().code
        == ErrorCode::InvalidArgument);
    CHECK(store.wait(store.records.recordConsent(store.owner, uid, core::ConsentChannel::Post, false, {})));
}

TEST_CASE("A scanned receipt finds the customer it was sold to", "[db][customers]")
{
    Records store;
    const QString uid = store.regular();
    const QString receipt = store.queries.text(
        "SELECT receipt_no FROM sales WHERE customer_id = " + std::to_string(store.idOf(uid)) + " LIMIT 1");
    const auto query = core::customerQueryFor(receipt.toLower(), QStringLiteral("GB"));
    CHECK(query.code == receipt);
    auto found = store.wait(store.counter.find(query, 5));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().uid == uid);
    auto none = store.wait(store.counter.find(core::customerQueryFor(QStringLiteral("T99-999999"), u"GB"_qs), 5));
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("Merging from the screen moves interests and the card, audited under the manager", "[db][customers][merge]")
{
    Records store;
    const QString kept = store.regular();
    const QString merged = store.queries.text("SELECT uid FROM customers WHERE erased_at IS NULL AND uid <> '"
        + kept.toStdString() + "' ORDER BY id DESC LIMIT 1");
    auto profile = store.wait(store.records.profile(store.manager, merged));
    REQUIRE(profile);
    auto edit = store.editOf(*profile);
    edit.cardCode = QStringLiteral("LOYAL-0042");
    edit.interestCategoryUids = {profile->interests.at(2).categoryUid};
    REQUIRE(store.wait(store.records.update(store.manager, edit)));

    auto code = store.worker.run<bool>([merged](db::Connection& c) -> core::Result<bool> {
        if (auto r = c.execute(
                "UPDATE customers SET referral_code = 'REFER-CODE1' WHERE uid = '" + merged.toStdString() + "'", u"t");
            !r)
            return std::unexpected(r.error());
        return true;
    });
    code.waitForFinished();
    REQUIRE(code.result());
    REQUIRE(store.wait(store.records.merge(store.manager, kept, merged)));
    // Friends may still bring the duplicate's referral code: it now belongs to the kept record.
    CHECK(
        store.queries.text("SELECT coalesce(referral_code, '') FROM customers WHERE uid = '" + kept.toStdString() + "'")
        == QStringLiteral("REFER-CODE1"));
    auto after = store.wait(store.records.profile(store.manager, kept));
    REQUIRE(after);
    CHECK(after->summary.cardCode == QStringLiteral("LOYAL-0042"));
    CHECK(after->interests.at(2).chosen);
    CHECK(store.wait(store.records.profile(store.manager, merged)).error().code == ErrorCode::NotFound);
    CHECK(store.queries.count(
              "SELECT count(*) FROM customer_interests WHERE customer_id = " + std::to_string(store.idOf(merged)))
        == 0);
    CHECK(store.queries.count(
              "SELECT count(*) FROM audit_log WHERE action = 'customer_merged' AND cashier_id IS NOT NULL")
        == 1);

    // Export through the screen's port carries the card and interests, and is audited.
    auto exported = store.wait(store.records.exportData(store.manager, kept));
    REQUIRE(exported);
    const QJsonObject json = QJsonDocument::fromJson(exported->json).object();
    CHECK(json.value(u"customer"_qs).toObject().value(u"loyalty_card"_qs).toString() == u"LOYAL-0042"_qs);
    CHECK(exported->csv.contains("interests[0],category,"));
}
