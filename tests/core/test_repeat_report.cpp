// SPDX-License-Identifier: GPL-3.0-or-later
// The repeat-customer figures on a small hand-built shop: every expected number below is worked out by
// hand in the comments, from the rules in docs/reports.md.
#include "TestSupport.h"
#include "reports/RepeatReport.h"
#include "reports/ReportTables.h"

#include <QDateTime>
#include <QJsonArray>

using namespace ss::core;
using namespace ss::core::reports;

namespace {

qint64 at(int month, int day, int hour = 12, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

qint64 lastMinute(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
}

constexpr qint64 kTill = 10; // cashier "Till"
constexpr qint64 kSam = 11; // cashier "Sam"

/// Six customers around June 2026 (the period):
///  1 A  06-03 (Till) 10.00, 06-10 (Sam) 20.00, 07-15 30.00 — new in June, back after 7 days
///  2 B  06-05 (Till) 15.00, 08-04 5.00 — new, back after 60 days
///  3 C  06-20 (Sam) 7.00 — new, not back
///  4 D  05-10 (Sam) 40.00, 06-12 10.00 — not new (first in May), returning in June
///  5 E  06-25 25.00 returned in full, 07-01 12.00 — the returned sale is no purchase: new in July
///  6 F  06-30 23:59:59 (Sam) 8.00, 09-28 8.00 — new on the last second of June, back after 90 days
std::vector<CustomerStats> shop()
{
    const std::vector<std::vector<HistorySale>> histories = {
        {{101, at(6, 3), kTill, 1000, 0}, {102, at(6, 10), kSam, 2000, 0}, {103, at(7, 15), kTill, 3000, 0}},
        {{201, at(6, 5), kTill, 1500, 0}, {202, at(8, 4), kTill, 500, 0}},
        {{301, at(6, 20), kSam, 700, 0}},
        {{401, at(5, 10), kSam, 4000, 0}, {402, at(6, 12), kSam, 1000, 0}},
        {{501, at(6, 25), kTill, 2500, -2500}, {502, at(7, 1), kSam, 1200, 0}},
        {{601, lastMinute(6, 30), kSam, 800, 0}, {602, at(9, 28), kSam, 800, 0}},
    };
    std::vector<CustomerStats> customers;
    for (std::size_t i = 0; i < histories.size(); ++i)
        customers.push_back(summarise(static_cast<qint64>(i + 1), histories[i]));
    customers[0].consenting = true; // A and F say yes to offers
    customers[5].consenting = true;
    return customers;
}

ReportInputs june()
{
    ReportInputs inputs;
    inputs.period = Period {QDate(2026, 6, 1), QDate(2026, 6, 30)};
    inputs.comparison = inputs.period.previous();
    inputs.customers = std::make_shared<const std::vector<CustomerStats>>(shop());
    DayTotals till;
    till += saleContribution(1000, true, 1); // A's first
    till += saleContribution(1500, true, 1); // B's first
    till += saleContribution(999, false, 0); // someone we do not know
    DayTotals sam;
    sam += saleContribution(2000, true, 2); // A's second
    sam += saleContribution(1000, true, 2); // D's second
    sam += saleContribution(700, true, 1); // C's first
    sam += refundContribution(-2500); // E's return
    sam.couponsRedeemed = 2;
    DayTotals may = saleContribution(4000, true, 1); // D's first, in the comparison period
    DayTotals july = saleContribution(1200, true, 1); // outside both periods
    inputs.days = {{QDate(2026, 6, 3), kTill, till}, {QDate(2026, 6, 12), kSam, sam}, {QDate(2026, 5, 10), kSam, may},
        {QDate(2026, 7, 1), kSam, july}};
    inputs.returningCustomers = 1; // D (A's second is in June but A was new in June)
    inputs.staff = {{kTill, QStringLiteral("Till")}, {kSam, QStringLiteral("Sam")}};
    return inputs;
}

} // namespace

TEST_CASE("Repeat figures: a fully returned sale is no purchase, a partial return only costs money", "[core][reports]")
{
    const std::vector<HistorySale> sales
        = {{1, at(6, 1), kTill, 2500, -2500}, {2, at(6, 2), kTill, 1000, -400}, {3, at(6, 3), kSam, 600, 0}};
    CHECK(orderNumbers(sales) == std::vector<int> {0, 1, 2});
    const CustomerStats stats = summarise(7, sales, -100);
    CHECK(stats.orders == 2);
    CHECK(stats.firstSaleId == 2);
    CHECK(stats.firstCashierId == kTill);
    CHECK(stats.secondAtUtc == at(6, 3));
    CHECK(stats.revenueMinor == 0 + 600 + 600 - 100); // 25 − 25, 10 − 4, 6, a blind refund of 1
}

TEST_CASE("Repeat figures: the headline of a month, by hand", "[core][reports]")
{
    const RepeatReport report = computeRepeatReport(june());
    const Headline& h = report.headline;
    // New in June: A, B, C, F (E's June sale came back whole; D started in May).
    CHECK(h.newCustomers == 4);
    // Back so far: A (7 days), B (60), F (90).
    CHECK(h.newCameBack == 3);
    CHECK(*h.secondPurchaseRate == Approx(0.75));
    // Nearest rank of [7, 60, 90]: the 50th percentile is the 2nd value.
    CHECK(*h.medianDaysToSecond == 60);
    CHECK(report.daysToSecondPercentiles[0] == 7);
    CHECK(report.daysToSecondPercentiles[2] == 90);
    CHECK(report.daysToSecondPercentiles[3] == 90);
    // Days of June only: 3 + 3 sales, 5 identified; first orders 3 (A, B, C), second orders 2 (A, D).
    CHECK(h.totals.sales == 6);
    CHECK(h.totals.identifiedSales == 5);
    CHECK(*h.captureRate == Approx(5.0 / 6.0));
    CHECK(*h.firstToSecondRatio == Approx(2.0 / 3.0));
    CHECK(h.totals.revenueMinor == 1000 + 1500 + 999 + 2000 + 1000 + 700);
    CHECK(h.totals.refundsMinor == -2500);
    CHECK(h.returningCustomers == 1);
    // May, the period before: D's first purchase, and nobody of May's new customers … D came back.
    REQUIRE(report.comparison);
    CHECK(report.comparisonPeriod->from == QDate(2026, 5, 2));
    CHECK(report.comparison->newCustomers == 1);
    CHECK(report.comparison->newCameBack == 1);
    CHECK(report.comparison->totals.firstRevenueMinor == 4000);
}

TEST_CASE("Repeat figures: days-to-second histogram, cohorts and the repeat curve, by hand", "[core][reports]")
{
    const RepeatReport report = computeRepeatReport(june());
    // A: 7 days (within a week), B: 60 (31–60), F: 90 (61–90).
    std::vector<qint64> counts;
    for (const HistogramBucket& bucket : report.daysToSecond)
        counts.push_back(bucket.count);
    CHECK(counts == std::vector<qint64> {1, 0, 0, 1, 1, 0, 0, 0});

    // Twelve months up to June; on 30 June only A's second purchase had happened in June's cohort.
    REQUIRE(report.cohorts.size() == 12);
    const CohortRow& juneCohort = report.cohorts.back();
    CHECK(juneCohort.month == QDate(2026, 6, 1));
    CHECK(juneCohort.customers == 4);
    CHECK(juneCohort.cameBack == 1);
    CHECK(*juneCohort.shareBackWithin[0] == Approx(0.25));
    CHECK_FALSE(juneCohort.shareBackWithin[1].has_value()); // July had not begun
    const CohortRow& mayCohort = report.cohorts[10];
    CHECK(mayCohort.customers == 1);
    CHECK(*mayCohort.shareBackWithin[0] == Approx(0.0)); // D came back in June: one month on
    CHECK(*mayCohort.shareBackWithin[1] == Approx(1.0));
    CHECK_FALSE(mayCohort.shareBackWithin[2].has_value());
    CHECK(report.cohorts.front().month == QDate(2025, 7, 1));
    CHECK(report.cohorts.front().customers == 0);

    // Within 7 days: first purchase by 23 June — A, B, C, D; back within a week by 30 June: A.
    REQUIRE(report.repeatCurve.front().days == 7);
    CHECK(report.repeatCurve.front().eligible == 4);
    CHECK(*report.repeatCurve.front().share == Approx(0.25));
    // Within 30 days: first purchase by 31 May — only D, back after 33 days.
    CHECK(report.repeatCurve[2].eligible == 1);
    CHECK(*report.repeatCurve[2].share == Approx(0.0));
}

TEST_CASE("Repeat figures: segments at their boundary days", "[core][reports]")
{
    const QDate today(2026, 12, 1);
    const SegmentThresholds t; // 30 / 90 / 180
    const auto customer = [&](int firstDaysAgo, int lastDaysAgo) {
        CustomerStats c;
        c.customerId = 1;
        c.orders = 1;
        c.firstAtUtc = QDateTime(today.addDays(-firstDaysAgo), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        c.lastAtUtc = QDateTime(today.addDays(-lastDaysAgo), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        return c;
    };
    CHECK(segmentOf(customer(30, 30), today, t) == Segment::New);
    CHECK(segmentOf(customer(31, 31), today, t) == Segment::Current);
    CHECK(segmentOf(customer(400, 90), today, t) == Segment::Current);
    CHECK(segmentOf(customer(400, 91), today, t) == Segment::AtRisk);
    CHECK(segmentOf(customer(400, 180), today, t) == Segment::AtRisk);
    CHECK(segmentOf(customer(400, 181), today, t) == Segment::Lapsed);
    CHECK_FALSE(segmentOf(customer(-1, -1), today, t).has_value()); // not a customer yet
    CustomerStats returned = customer(10, 10);
    returned.orders = 0; // everything came back
    CHECK_FALSE(segmentOf(returned, today, t).has_value());
    // The shop's own cycle: a bike shop with a year between services.
    CHECK(segmentOf(customer(400, 300), today, SegmentThresholds {30, 365, 730}) == Segment::Current);
}

TEST_CASE("Repeat figures: per cashier, the second sales they earned, and drill-down", "[core][reports]")
{
    const RepeatReport report = computeRepeatReport(june());
    REQUIRE(report.cashiers.size() == 2);
    const CashierFigures& till = report.cashiers[0];
    const CashierFigures& sam = report.cashiers[1];
    CHECK(till.name == u"Till");
    // Till served A's and B's first purchases; both came back.
    CHECK(till.firstServed == 2);
    CHECK(till.secondSales == 2);
    // Sam served C's and F's first purchases; F came back.
    CHECK(sam.firstServed == 2);
    CHECK(sam.secondSales == 1);
    CHECK(*till.captureRate == Approx(2.0 / 3.0));
    CHECK(*sam.captureRate == Approx(1.0));
    CHECK(*till.consentRate == Approx(0.5)); // A of A and B
    CHECK(*sam.consentRate == Approx(0.5)); // F of C and F
    CHECK(sam.totals.couponsRedeemed == 2);

    // Drill-down: the customers behind "came back", most valuable first: A 60.00, B 20.00, F 16.00.
    CHECK(customersBehind(report, DrillDown {DrillDown::Kind::NewCameBack}) == std::vector<qint64> {1, 2, 6});
    DrillDown samSeconds {DrillDown::Kind::SecondSalesOf};
    samSeconds.cashierId = kSam;
    CHECK(customersBehind(report, samSeconds) == std::vector<qint64> {6});
    DrillDown juneBackSameMonth {DrillDown::Kind::CohortCell};
    juneBackSameMonth.month = QDate(2026, 6, 1);
    juneBackSameMonth.monthsSince = 0;
    CHECK(customersBehind(report, juneBackSameMonth) == std::vector<qint64> {1});

    // Best customers among those who had bought by 30 June: A, D, B, F, C (E started in July).
    std::vector<qint64> top;
    for (const TopCustomer& customer : report.topCustomers)
        top.push_back(customer.customerId);
    CHECK(top == std::vector<qint64> {1, 4, 2, 6, 3});
}

TEST_CASE("Repeat figures: tables for the screen and the files say the same numbers", "[core][reports]")
{
    const RepeatReport report = computeRepeatReport(june());
    const std::vector<ReportTable> tables = reportTables(report);
    REQUIRE(tables.front().key == u"headline");
    const auto find = [&](const QString& label) -> const ReportRow& {
        for (const ReportRow& row : tables.front().rows) {
            if (row.cells.front().text == label)
                return row;
        }
        FAIL("no row " << label.toStdString());
        return tables.front().rows.front();
    };
    const ReportRow& rate = find(QStringLiteral("Second-purchase rate"));
    CHECK(displayText(rate.cells[1], QStringLiteral("GBP")) == u"75.0 %");
    CHECK(plainText(rate.cells[1]) == u"0.7500");
    CHECK(plainText(find(QStringLiteral("Refunds")).cells[1]) == u"-25.00");
    CHECK(plainText(find(QStringLiteral("New customers")).cells[2]) == u"1"); // May
    const QByteArray csv = tableCsv(tables.front());
    CHECK(csv.startsWith("Figure,This period,Period before,What it means"));
    CHECK(csv.contains("Second-purchase rate,0.7500,1.0000,"));
    const QJsonObject json = reportJson(report, tables);
    CHECK(json[QStringLiteral("from")].toString() == u"2026-06-01");
    CHECK(json[QStringLiteral("tables")].toObject()[QStringLiteral("cashiers")].toArray().size() == 2);
}

TEST_CASE("Repeat figures: cohort months are right across years, leap days and the epoch", "[core][reports]")
{
    // A customer per day over eight years lands in the month QDate says, every one of them.
    const QDate start(2023, 1, 1);
    auto customers = std::make_shared<std::vector<CustomerStats>>();
    for (int i = 0; i < 8 * 366; ++i) {
        CustomerStats c;
        c.customerId = i + 1;
        c.orders = 1;
        c.firstAtUtc = c.lastAtUtc = QDateTime(start.addDays(i), QTime(23, 59), Qt::UTC).toSecsSinceEpoch();
        customers->push_back(c);
    }
    ReportInputs inputs;
    inputs.period = Period {QDate(2030, 1, 1), QDate(2030, 12, 31)};
    inputs.customers = customers;
    const RepeatReport report = computeRepeatReport(inputs);
    for (const CohortRow& row : report.cohorts)
        CHECK(row.customers == row.month.daysInMonth());
}
