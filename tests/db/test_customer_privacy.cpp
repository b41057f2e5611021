// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerPrivacy.h"
#include "DbTestSupport.h"
#include "Migrations.h"
#include "Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ss;
using test::kTestKey;

namespace {

/// The tiny demo's customer with the most sales, and the sum of all sale totals.
struct Subject
{
    QString uid;
    QString email;
    QString phone;
    QString lastName;
    qint64 sales = 0;
};

Subject busiestCustomer(db::Connection& store)
{
    auto statement = db::Statement::prepare(store,
        "SELECT c.uid, coalesce(c.email, ''), coalesce(c.phone_e164, ''), c.last_name, count(s.id) FROM customers c"
        " JOIN sales s ON s.customer_id = c.id WHERE c.email IS NOT NULL GROUP BY c.id ORDER BY count(s.id) DESC LIMIT "
        "1");
    REQUIRE(statement);
    REQUIRE(statement->step().value());
    return {statement->columnText(0), statement->columnText(1), statement->columnText(2), statement->columnText(3),
        statement->columnInt(4)};
}

} // namespace

TEST_CASE("A customer's export holds all their personal data and nobody else's", "[db][privacy]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    const Subject subject = busiestCustomer(*store);
    const QString someoneElse = store
                                    ->queryText("SELECT email FROM customers WHERE email IS NOT NULL AND uid <> '"
                                            + subject.uid.toStdString() + "' LIMIT 1",
                                        u"t")
                                    .value();

    auto exported = db::exportCustomer(*store, subject.uid);
    REQUIRE(exported);
    const QJsonObject root = QJsonDocument::fromJson(exported->json).object();
    CHECK(root.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString() == subject.email);
    CHECK(root.value(QStringLiteral("customer")).toObject().value(QStringLiteral("last_name")).toString()
        == subject.lastName);
    CHECK(root.value(QStringLiteral("sales")).toArray().size() == subject.sales);
    CHECK_FALSE(root.value(QStringLiteral("consents")).toArray().isEmpty());
    CHECK(exported->csv.contains(subject.email.toUtf8()));
    CHECK_FALSE(exported->json.contains(someoneElse.toUtf8()));
    CHECK_FALSE(exported->csv.contains(someoneElse.toUtf8()));
    CHECK(db::exportCustomer(*store, QStringLiteral("no-such-uid")).error().code == core::ErrorCode::NotFound);
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'customer_exported'", u"t").value() == 1);
}

TEST_CASE("Erasure removes the personal data from the file, keeps the books whole", "[db][privacy]")
{
    test::TempDir dir;
    const QString path = test::makeTinyStore(dir);
    Subject subject;
    qint64 takings = 0;
    {
        auto store = db::openStore(path, kTestKey);
        REQUIRE(store);
        subject = busiestCustomer(*store);
        takings = store->queryInt("SELECT sum(total_minor) FROM sales", u"t").value();
        REQUIRE(db::eraseCustomer(*store, subject.uid, QDateTime::currentDateTimeUtc()));

        CHECK(store->queryInt("SELECT sum(total_minor) FROM sales", u"t").value() == takings);
        CHECK(store
                  ->queryInt("SELECT count(*) FROM sales s JOIN customers c ON c.id = s.customer_id WHERE c.uid = '"
                          + subject.uid.toStdString() + "'",
                      u"t")
                  .value()
            == subject.sales);
        CHECK(
            store
                ->queryInt("SELECT count(*) FROM customers WHERE uid = '" + subject.uid.toStdString()
                        + "' AND email IS NULL AND phone_e164 IS NULL AND last_name IS NULL AND erased_at IS NOT NULL",
                    u"t")
                .value()
            == 1);
        // Marketing is impossible afterwards: the latest answer on every channel is a withdrawal.
        CHECK(store
                  ->queryInt(
                      "SELECT count(*) FROM consents c WHERE c.customer_id = (SELECT id FROM customers WHERE uid = '"
                          + subject.uid.toStdString()
                          + "') AND c.id = (SELECT max(id) FROM consents d WHERE d.customer_id = c.customer_id"
                            " AND d.channel = c.channel) AND c.granted = 1",
                      u"t")
                  .value()
            == 0);
        CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'customer_erased'", u"t").value() == 1);
        CHECK(db::eraseCustomer(*store, subject.uid, QDateTime::currentDateTimeUtc()).error().code
            == core::ErrorCode::NotFound);
    }
    // Decrypt every page the file holds (an unencrypted copy of the whole file, free pages included
    // after VACUUM: there are none) and look for the erased details in the bytes.
    const QString plain = dir.file(QStringLiteral("decrypted.db"));
    {
        auto store = db::openStore(path, kTestKey);
        REQUIRE(store);
        auto attach = db::Statement::prepare(*store, "ATTACH DATABASE ?1 AS plain KEY ''");
        REQUIRE(attach);
        REQUIRE(attach->bind(1, plain).run());
        REQUIRE(store->execute("SELECT sqlcipher_export('plain')", u"t"));
        REQUIRE(store->execute("DETACH DATABASE plain", u"t"));
        CHECK(store->queryInt("PRAGMA freelist_count", u"t").value() == 0);
    }
    const QByteArray bytes
        = test::readBytes(plain) + test::readBytes(path) + test::readBytes(path + QStringLiteral("-wal"));
    REQUIRE(bytes.contains(QByteArrayLiteral("Junction Models"))); // the decrypted copy is readable
    CHECK_FALSE(bytes.contains(subject.email.toUtf8()));
    if (!subject.phone.isEmpty())
        CHECK_FALSE(bytes.contains(subject.phone.toUtf8()));
}

TEST_CASE("Merging two records keeps every sale and consent with the kept one", "[db][privacy][merge]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), kTestKey);
    REQUIRE(store);
    auto pick = [&](const char* order) {
        return store
            ->queryText(
                std::string(
                    "SELECT c.uid FROM customers c WHERE EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id)"
                    " AND EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id) ORDER BY c.id ")
                    + order + " LIMIT 1",
                u"t")
            .value();
    };
    const QString kept = pick("ASC");
    const QString merged = pick("DESC");
    REQUIRE(kept != merged);
    auto countFor = [&](const QString& uid, const char* table) {
        return store
            ->queryInt(std::string("SELECT count(*) FROM ") + table
                    + " WHERE customer_id = (SELECT id FROM customers WHERE uid = '" + uid.toStdString() + "')",
                u"t")
            .value();
    };
    const qint64 sales = countFor(kept, "sales") + countFor(merged, "sales");
    const qint64 consents = countFor(kept, "consents") + countFor(merged, "consents");
    const qint64 takings = store->queryInt("SELECT sum(total_minor) FROM sales", u"t").value();
    const QString mergedEmail
        = store->queryText("SELECT coalesce(email, '') FROM customers WHERE uid = '" + merged.toStdString() + "'", u"t")
              .value();

    REQUIRE(db::mergeCustomers(*store, kept, merged, QDateTime::currentDateTimeUtc()));
    CHECK(countFor(kept, "sales") == sales);
    CHECK(countFor(merged, "sales") == 0);
    CHECK(store->queryInt("SELECT sum(total_minor) FROM sales", u"t").value() == takings);

    auto exported = db::exportCustomer(*store, kept);
    REQUIRE(exported);
    const QJsonObject root = QJsonDocument::fromJson(exported->json).object();
    CHECK(root.value(QStringLiteral("sales")).toArray().size() == sales);
    CHECK(root.value(QStringLiteral("consents")).toArray().size() == consents); // the ledger did not move, it counts
    CHECK(db::exportCustomer(*store, merged).error().code == core::ErrorCode::NotFound);
    if (!mergedEmail.isEmpty())
        CHECK(store
                  ->queryInt("SELECT count(*) FROM customers WHERE email = '" + mergedEmail.toStdString()
                          + "' AND uid <> '" + kept.toStdString() + "'",
                      u"t")
                  .value()
            == 0);
    CHECK(db::mergeCustomers(*store, kept, kept, QDateTime::currentDateTimeUtc()).error().code
        == core::ErrorCode::InvalidArgument);
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'customer_merged'", u"t").value() == 1);
}
