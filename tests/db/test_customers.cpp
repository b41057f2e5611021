// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbTestSupport.h"
#include "SqlCustomers.h"
#include "WorkerQueries.h"
#include "customers/ContactDetails.h"

#include <QMutex>

using namespace ss;
using core::ErrorCode;
using test::kTestKey;

namespace {

struct Store
{
    test::TempDir dir;
    db::DbWorker worker;
    ~Store() { worker.drain(); } // jobs in flight finish while their continuations' objects still exist
    test::WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCustomers customers {worker, clock};
    QString cashier;

    Store()
    {
        auto opened = worker.open(test::makeTinyStore(dir), kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        cashier = queries.text("SELECT uid FROM cashiers WHERE role = 'cashier'");
    }

    template<typename T> core::Result<T> wait(QFuture<core::Result<T>> future)
    {
        future.waitForFinished();
        return future.result();
    }
    core::NewCustomer person(const QString& first, const QString& email, const QString& phone)
    {
        core::NewCustomer customer;
        customer.firstName = first;
        customer.lastName = QStringLiteral("Okafor");
        customer.email = email;
        customer.phoneE164 = phone;
        customer.emailConsent = true;
        customer.wordingVersion = QStringLiteral("capture-v1");
        customer.cashierUid = cashier;
        return customer;
    }
};

std::vector<core::CustomerMatch> found(Store& store, const QString& typed)
{
    auto result = store.wait(store.customers.find(core::customerQueryFor(typed, QStringLiteral("GB")), 10));
    REQUIRE(result);
    return *result;
}

} // namespace

TEST_CASE("A captured customer is found by phone digits, email or name — consent is in the ledger", "[db][customers]")
{
    Store store;
    auto created = store.wait(store.customers.create(store.person(
        QStringLiteral("  Samira "), QStringLiteral("samira.o@example.net"), QStringLiteral("+447700900471"))));
    REQUIRE(created);
    CHECK(created->firstName == QStringLiteral("Samira"));

    for (const QString& typed :
        {QStringLiteral("07700 9004"), QStringLiteral("+44770090047"), QStringLiteral("samira.o@"),
            QStringLiteral("Sami"), QStringLiteral("samira ok"), QStringLiteral("OKAF")}) {
        INFO(typed.toStdString());
        const auto matches = found(store, typed);
        REQUIRE_FALSE(matches.empty());
        CHECK(std::any_of(
            matches.begin(), matches.end(), [&](const core::CustomerMatch& m) { return m.uid == created->uid; }));
    }
    const auto byPhone = found(store, QStringLiteral("07700 900471"));
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone.front().phoneEnding == QStringLiteral("471"));
    CHECK(byPhone.front().emailDomain == QStringLiteral("example.net"));
    CHECK(found(store, QStringLiteral("07999 1")).empty());
    CHECK(found(store, QStringLiteral("x")).empty()); // too short to search

    const std::string id = "(SELECT id FROM customers WHERE uid = '" + created->uid.toStdString() + "')";
    CHECK(store.queries.count("SELECT granted FROM consents WHERE channel = 'email' AND customer_id = " + id) == 1);
    CHECK(store.queries.count("SELECT granted FROM consents WHERE channel = 'sms' AND customer_id = " + id) == 0);
    CHECK(store.queries.text("SELECT wording_version FROM consents WHERE channel = 'email' AND customer_id = " + id)
        == QStringLiteral("capture-v1"));
    CHECK(store.queries.count("SELECT count(*) FROM capture_events WHERE outcome = 'created'") == 1);
}

TEST_CASE("Duplicates are shown before creating, and refused at creation", "[db][customers]")
{
    Store store;
    REQUIRE(store.wait(store.customers.create(
        store.person(QStringLiteral("Sam"), QStringLiteral("sam@example.org"), QStringLiteral("+447700900472")))));

    auto samePhone = store.person(QStringLiteral("Samuel"), {}, QStringLiteral("+447700900472"));
    auto likely = store.wait(store.customers.likelyDuplicates(samePhone));
    REQUIRE(likely);
    CHECK(likely->size() == 1);
    auto refused = store.wait(store.customers.create(samePhone));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::AlreadyExists);

    auto sameName = store.person(QStringLiteral("SAM"), QStringLiteral("other@example.org"), {});
    CHECK(store.wait(store.customers.likelyDuplicates(sameName))->size() == 1); // same first and last name
    CHECK(store.wait(store.customers.create(store.person(QStringLiteral("Sam"), {}, {}))).error().code
        == ErrorCode::InvalidArgument); // no way to reach them
    CHECK(
        store
            .wait(store.customers.create(store.person(QStringLiteral("\u202E\t"), QStringLiteral("x@example.org"), {})))
            .error()
            .code
        == ErrorCode::InvalidArgument); // nothing left of the name
}

TEST_CASE("Hostile names are stored as given and found again", "[db][customers]")
{
    Store store;
    const QString hostile = QStringLiteral("Robert'); DROP TABLE customers;-- 🚂 שרה");
    auto created = store.wait(store.customers.create(store.person(hostile, QStringLiteral("bobby@example.org"), {})));
    REQUIRE(created);
    CHECK(created->firstName == hostile);
    CHECK(store.queries.count("SELECT count(*) FROM customers") > 1);
    CHECK_FALSE(found(store, QStringLiteral("Robert'")).empty());
    CHECK(found(store, QStringLiteral("100%_")).empty()); // LIKE wildcards are literal
    auto huge
        = store.wait(store.customers.create(store.person(QString(10000, u'A'), QStringLiteral("a@example.org"), {})));
    REQUIRE(huge);
    CHECK(huge->firstName.size() == 60);
}

TEST_CASE("Capture counts per cashier: created, found, skipped", "[db][customers]")
{
    Store store;
    auto created = store.wait(store.customers.create(
        store.person(QStringLiteral("Ava"), QStringLiteral("ava@example.org"), QStringLiteral("+447700900473"))));
    REQUIRE(created);
    REQUIRE(store.wait(store.customers.recordCapture(store.cashier, core::CaptureOutcome::Found, created->uid, {}))
                .value());
    REQUIRE(store
                .wait(store.customers.recordCapture(
                    store.cashier, core::CaptureOutcome::Skipped, {}, QStringLiteral("in a hurry")))
                .value());
    auto counts = store.wait(store.customers.captureCounts(store.cashier));
    REQUIRE(counts);
    CHECK(counts->created == 1);
    CHECK(counts->found == 1);
    CHECK(counts->skipped == 1);
}

namespace {
QMutex logMutex;
QStringList logLines;
void collectLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&logMutex);
    logLines << message;
}
} // namespace

TEST_CASE("Personal data never reaches the log, even when things fail", "[db][customers][privacy]")
{
    Store store;
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    const QString email = QStringLiteral("private.person@example.org");
    REQUIRE(store.wait(
        store.customers.create(store.person(QStringLiteral("Privata"), email, QStringLiteral("+447700900474")))));
    CHECK_FALSE(store.wait(store.customers.create(store.person(QStringLiteral("Privata"), email, {}))));
    (void)found(store, QStringLiteral("Privata"));
    (void)found(store, QStringLiteral("07700 900474"));
    // A failing store: the database closes under the customer screen.
    store.worker
        .run<bool>([](db::Connection& c) -> core::Result<bool> {
            if (auto r = c.execute("SELECT * FROM no_such_table", u"provoke"); !r)
                return std::unexpected(r.error());
            return true;
        })
        .waitForFinished();
    qInstallMessageHandler(previous);
    QMutexLocker lock(&logMutex);
    for (const QString& line : logLines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(email));
        CHECK_FALSE(line.contains(QStringLiteral("Privata")));
        CHECK_FALSE(line.contains(QStringLiteral("900474")));
    }
}
