// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's dashboard on a big store: a full refresh (every figure, the period and the one before)
// through the same loadRepeatReport the screen and `secondsale-admin report` use, timed round after
// round; then the naive way (rescanning the sales history) for comparison.
// Usage: SECONDSALE_DB_KEY=… bench_dashboard --db PATH [--rounds N] [--to YYYY-MM-DD] [--days N]
#include "RepeatReportQuery.h"
#include "Statement.h"
#include "StoreFile.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace ss;
using ss::bench::percentile;

namespace {

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path;
    int rounds = 30;
    int days = 365;
    QDate to = QDate(2026, 11, 30);
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--db"))
            path = args[i + 1];
        else if (args[i] == QStringLiteral("--rounds"))
            rounds = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--days"))
            days = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--to"))
            to = QDate::fromString(args[i + 1], Qt::ISODate);
    }
    const QByteArray key = qgetenv("SECONDSALE_DB_KEY");
    if (path.isEmpty() || key.isEmpty() || !to.isValid()) {
        out << "usage: SECONDSALE_DB_KEY=… bench_dashboard --db PATH [--rounds N] [--to DATE] [--days N]\n";
        return 2;
    }
    auto store = db::openStore(path, key);
    if (!store) {
        out << "cannot open: " << store.error().detail << '\n';
        return 3;
    }
    const qint64 customers = store->queryInt("SELECT count(*) FROM customer_stats", u"bench").value_or(0);
    const qint64 lines = store->queryInt("SELECT count(*) FROM sale_lines", u"bench").value_or(0);
    const qint64 sales = store->queryInt("SELECT count(*) FROM sales", u"bench").value_or(0);
    out << "store: " << customers << " customers with purchases, " << sales << " sales, " << lines << " sale lines\n";

    core::RepeatReportRequest request;
    request.period = core::reports::Period {to.addDays(-(days - 1)), to};
    request.comparison = request.period.previous();
    out << "period " << request.period.from.toString(Qt::ISODate) << " .. " << to.toString(Qt::ISODate)
        << " compared with the " << days << " days before\n";

    std::vector<qint64> refresh;
    QElapsedTimer timer;
    core::reports::Headline headline;
    std::shared_ptr<const std::vector<core::reports::CustomerStats>> loaded;
    for (int round = 0; round < rounds + 1; ++round) {
        timer.start();
        auto report = db::loadRepeatReport(*store, request, db::ReportScope::Everything);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!report) {
            out << "report failed: " << report.error().detail << '\n';
            return 1;
        }
        headline = report->headline;
        loaded = report->customers;
        if (round == 0)
            out << "first refresh (cold cache): " << ms(elapsed) << " ms\n";
        else
            refresh.push_back(elapsed);
    }
    out << bench::resultLine(QStringLiteral("dashboard_refresh_%1d").arg(days), refresh) << '\n';
    out << "full refresh, " << rounds << " rounds: p50 " << ms(percentile(refresh, 0.5)) << " ms, p90 "
        << ms(percentile(refresh, 0.9)) << " ms, max " << ms(percentile(refresh, 1.0)) << " ms (target <= 100 ms)\n";
    out << "  new customers " << headline.newCustomers << ", came back " << headline.newCameBack
        << ", second-purchase rate " << headline.secondPurchaseRate.value_or(0) * 100 << " %, median days "
        << headline.medianDaysToSecond.value_or(-1) << ", returning " << headline.returningCustomers << '\n';

    core::reports::ReportInputs computeOnly;
    computeOnly.period = request.period;
    computeOnly.comparison = request.comparison;
    computeOnly.customers = loaded;
    std::vector<qint64> computes;
    for (int round = 0; round < 5; ++round) {
        timer.start();
        const auto computed = core::reports::computeRepeatReport(computeOnly);
        computes.push_back(timer.nsecsElapsed());
        if (computed.headline.newCustomers != headline.newCustomers)
            return 1;
    }
    out << "  of which computing every figure in memory: p50 " << ms(percentile(computes, 0.5)) << " ms\n";

    // Where the time goes: the one big read is every customer's figures row.
    auto scan = db::Statement::prepare(*store,
        "SELECT customer_id, coalesce(first_at, 0), coalesce(first_sale_id, 0), coalesce(first_cashier_id, 0),"
        " coalesce(second_at, 0), coalesce(last_at, 0), orders, revenue_minor, consenting FROM customer_stats");
    if (!scan)
        return 1;
    std::vector<qint64> scans;
    for (int round = 0; round < 5; ++round) {
        qint64 sum = 0;
        timer.start();
        if (!scan->forEach([&](const db::Statement& row) { sum += row.columnInt(7) + row.columnInt(1); }))
            return 1;
        scans.push_back(timer.nsecsElapsed());
        scan->reset();
    }
    out << "  of which reading customer_stats alone: p50 " << ms(percentile(scans, 0.5)) << " ms\n";

    // The naive way: first and second purchase per customer rescanned from the sales every time.
    auto naive = db::Statement::prepare(*store,
        "SELECT count(*), sum(second IS NOT NULL) FROM (SELECT s.customer_id, min(s.created_at) AS first,"
        " (SELECT min(t.created_at) FROM sales t WHERE t.customer_id = s.customer_id AND t.kind = 'sale'"
        " AND t.created_at > min(s.created_at)) AS second FROM sales s WHERE s.kind = 'sale'"
        " AND s.customer_id IS NOT NULL GROUP BY s.customer_id) WHERE first >= ?1 AND first < ?2");
    if (!naive)
        return 1;
    std::vector<qint64> naiveTimes;
    for (int round = 0; round < 3; ++round) {
        naive->bind(1, request.period.from.toString(Qt::ISODate)).bind(2, to.addDays(1).toString(Qt::ISODate));
        timer.start();
        if (!naive->step())
            return 1;
        naiveTimes.push_back(timer.nsecsElapsed());
        if (round == 0)
            out << "  naive: new " << naive->columnInt(0) << ", came back " << naive->columnInt(1) << '\n';
        naive->reset();
    }
    out << "naive rescan of the sales for the second-purchase rate alone: p50 " << ms(percentile(naiveTimes, 0.5))
        << " ms\n";
    return 0;
}
