// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "PinHash.h"

#include <QThread>

using namespace ss;
using test::kTestKey;
using test::TempDir;

TEST_CASE("The database worker opens the store and runs jobs on its own thread", "[db][worker]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    db::DbWorker worker;
    auto opened = worker.open(path, kTestKey);
    opened.waitForFinished();
    REQUIRE(opened.result());
    CHECK(opened.result()->profile.name == QStringLiteral("Junction Models & Hobbies"));
    CHECK(opened.result()->customerCount == test::tinyDemo().customers);
    CHECK(opened.result()->demo);

    QThread* jobThread = nullptr;
    auto job = worker.run<qint64>([&jobThread](db::Connection& connection) {
        jobThread = QThread::currentThread();
        return connection.queryInt("SELECT count(*) FROM products", u"t");
    });
    job.waitForFinished();
    REQUIRE(job.result());
    CHECK(*job.result() == test::tinyDemo().products);
    CHECK(jobThread != QThread::currentThread());
}

TEST_CASE("The database worker reports a wrong key without opening anything", "[db][worker]")
{
    TempDir dir;
    const QString path = test::makeTinyStore(dir);
    db::DbWorker worker;
    auto opened = worker.open(path, QByteArrayLiteral("wrong"));
    opened.waitForFinished();
    REQUIRE_FALSE(opened.result());
    CHECK(opened.result().error().code == core::ErrorCode::WrongKey);
    auto job = worker.run<qint64>([](db::Connection& c) { return c.queryInt("SELECT 1", u"t"); });
    job.waitForFinished();
    CHECK_FALSE(job.result());
}

TEST_CASE("The demo store opens with the published demo key, created on first use", "[db][worker]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.db"));
    db::DbWorker worker;
    auto opened = worker.openDemo(path, test::tinyDemo());
    opened.waitForFinished();
    REQUIRE(opened.result());
    CHECK(opened.result()->demo);
    CHECK(db::openStore(path, QByteArray(db::kDemoKey)));
}

TEST_CASE("PINs are stored as Argon2id hashes that verify only the right PIN", "[db][staff]")
{
    auto hash = db::hashPin(QStringLiteral("2468"));
    REQUIRE(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("2468")));
    CHECK(db::verifyPin(*hash, QStringLiteral("2468")));
    CHECK_FALSE(db::verifyPin(*hash, QStringLiteral("2469")));
    CHECK_FALSE(db::verifyPin(QStringLiteral("garbage"), QStringLiteral("2468")));
    CHECK(db::hashPin(QStringLiteral("12")).error().code == core::ErrorCode::InvalidArgument);
}
