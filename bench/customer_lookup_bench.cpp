// SPDX-License-Identifier: GPL-3.0-or-later
// Customer look-up at the counter among many customers, through the real port and database thread:
// phone digits, email prefix, name prefix. Creates its own store (customers only, no sales).
// Usage: bench_customer_lookup [--customers N] [--lookups N]
#include "DbWorker.h"
#include "SqlCustomers.h"
#include "SqlDemoWriter.h"
#include "StoreFile.h"
#include "Uid.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ss;
using ss::bench::percentile;

namespace {

const QStringList kFirst = {QStringLiteral("Oliver"), QStringLiteral("Amelia"), QStringLiteral("George"),
    QStringLiteral("Isla"), QStringLiteral("Harry"), QStringLiteral("Ava"), QStringLiteral("Noah"),
    QStringLiteral("Mia"), QStringLiteral("Zoë")};
const QStringList kLast = {QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Taylor"),
    QStringLiteral("Brown"), QStringLiteral("Patel"), QStringLiteral("Nowak"), QStringLiteral("Evans"),
    QStringLiteral("Walker"), QStringLiteral("O'Neill")};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int customers = 200000;
    int lookups = 2000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--customers"))
            customers = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--lookups"))
            lookups = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.db"));
    const QByteArray key = QByteArrayLiteral("benchmark key");
    QRandomGenerator random(7);
    QElapsedTimer setup;
    setup.start();
    {
        auto store = db::createStore(path, key,
            {QStringLiteral("Bench"), {}, QStringLiteral("GBP"), QStringLiteral("GB"), QStringLiteral("T01")});
        if (!store)
            return 1;
        db::SqlDemoWriter writer(*store);
        for (int i = 0; i < customers; ++i) {
            core::CustomerRecord customer;
            customer.uid = core::uidFrom(random);
            customer.firstName = kFirst.at(i % kFirst.size());
            customer.lastName = kLast.at((i / kFirst.size()) % kLast.size()) + QString::number(i / 81);
            customer.email = QStringLiteral("customer%1@example.com").arg(i);
            customer.phoneE164 = QStringLiteral("+4479%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
            customer.createdAtUtc = QDateTime::currentDateTimeUtc();
            if (!writer.addCustomer(customer))
                return 1;
        }
        if (!writer.finish())
            return 1;
    }
    out << "store with " << customers << " customers made in " << setup.elapsed() / 1000.0 << " s" << Qt::endl;

    db::DbWorker worker;
    auto opened = worker.open(path, key);
    opened.waitForFinished();
    if (!opened.result())
        return 1;
    core::SystemClock clock;
    db::SqlCustomers port(worker, clock);

    auto measure = [&](const char* what, const char* name, const std::function<QString(int)>& typed) {
        std::vector<qint64> nanos;
        std::size_t hits = 0;
        for (int i = 0; i < lookups; ++i) {
            const int n = static_cast<int>(random.bounded(static_cast<quint32>(customers)));
            const core::CustomerQuery query = core::customerQueryFor(typed(n), QStringLiteral("GB"));
            QElapsedTimer timer;
            timer.start();
            auto found = port.find(query, 8);
            found.waitForFinished();
            nanos.push_back(timer.nsecsElapsed());
            hits += found.result() && !found.result()->empty() ? 1 : 0;
        }
        out << bench::resultLine(QStringLiteral("customer_lookup_") + QString::fromLatin1(name), nanos) << Qt::endl;
        out << QStringLiteral("%1 n=%2 hits=%3  p50=%4 ms  p99=%5 ms  max=%6 ms")
                   .arg(QString::fromLatin1(what).leftJustified(24))
                   .arg(lookups)
                   .arg(hits)
                   .arg(static_cast<double>(percentile(nanos, 0.5)) / 1e6, 0, 'f', 3)
                   .arg(static_cast<double>(percentile(nanos, 0.99)) / 1e6, 0, 'f', 3)
                   .arg(static_cast<double>(*std::max_element(nanos.begin(), nanos.end())) / 1e6, 0, 'f', 3)
            << Qt::endl;
    };
    // Full national number as typed at the counter, and a 7-digit fragment.
    measure("phone (full, national)", "phone",
        [](int n) { return QStringLiteral("079 %1").arg(10000000 + n, 8, 10, QLatin1Char('0')); });
    measure("phone (first 7 digits)", "phone_digits",
        [](int n) { return QStringLiteral("079%1").arg((10000000 + n) / 10000); });
    measure("email prefix", "email", [](int n) { return QStringLiteral("customer%1@").arg(n); });
    measure("name prefix", "name", [](int n) { return kLast.at((n / 9) % 9).left(4); });
    measure("first + last prefix", "first_last",
        [](int n) { return kFirst.at(n % 9) + u' ' + kLast.at((n / 9) % 9).left(3); });
    return 0;
}
