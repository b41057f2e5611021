// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatReport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ss::core::reports {
namespace {

constexpr qint64 kSecondsPerDay = 86400;
const QDate kEpoch(1970, 1, 1);

/// Whole UTC days since the epoch (floor, so times before 1970 would still land on the right day).
qint64 dayIndex(qint64 atUtc)
{
    return atUtc >= 0 ? atUtc / kSecondsPerDay : -((-atUtc + kSecondsPerDay - 1) / kSecondsPerDay);
}

qint64 dayIndex(const QDate& day)
{
    return kEpoch.daysTo(day);
}

int monthIndex(const QDate& day)
{
    return day.year() * 12 + day.month() - 1;
}

int monthIndex(qint64 atUtc)
{
    return monthIndex(kEpoch.addDays(dayIndex(atUtc)));
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

bool isNewIn(const CustomerStats& customer, const Period& period)
{
    return customer.orders > 0 && period.contains(customer.firstAtUtc);
}

qint64 daysToSecond(const CustomerStats& customer)
{
    return dayIndex(customer.secondAtUtc) - dayIndex(customer.firstAtUtc);
}

/// Nearest-rank percentile of sorted values: the smallest value with at least p % at or below it.
std::optional<qint64> percentile(const std::vector<qint64>& sorted, int p)
{
    if (sorted.empty())
        return std::nullopt;
    const auto rank = static_cast<std::size_t>(std::ceil(static_cast<double>(p) * sorted.size() / 100.0));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

std::vector<HistogramBucket> daysToSecondBuckets()
{
    return {{QCoreApplication::translate("RepeatReport", "within a week"), 0, 7, 0},
        {QCoreApplication::translate("RepeatReport", "8–14 days"), 8, 14, 0},
        {QCoreApplication::translate("RepeatReport", "15–30 days"), 15, 30, 0},
        {QCoreApplication::translate("RepeatReport", "31–60 days"), 31, 60, 0},
        {QCoreApplication::translate("RepeatReport", "61–90 days"), 61, 90, 0},
        {QCoreApplication::translate("RepeatReport", "91–180 days"), 91, 180, 0},
        {QCoreApplication::translate("RepeatReport", "181–365 days"), 181, 365, 0},
        {QCoreApplication::translate("RepeatReport", "over a year"), 366, -1, 0}};
}

std::vector<HistogramBucket> lifetimeValueBuckets()
{
    return {{QCoreApplication::translate("RepeatReport", "under 10"), std::numeric_limits<qint64>::min(), 999, 0},
        {QCoreApplication::translate("RepeatReport", "10 to 25"), 1000, 2499, 0},
        {QCoreApplication::translate("RepeatReport", "25 to 50"), 2500, 4999, 0},
        {QCoreApplication::translate("RepeatReport", "50 to 100"), 5000, 9999, 0},
        {QCoreApplication::translate("RepeatReport", "100 to 250"), 10000, 24999, 0},
        {QCoreApplication::translate("RepeatReport", "250 to 500"), 25000, 49999, 0},
        {QCoreApplication::translate("RepeatReport", "500 and more"), 50000, -1, 0}};
}

int bucketOf(const std::vector<HistogramBucket>& buckets, qint64 value)
{
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (value >= buckets[i].low && (buckets[i].high < 0 || value <= buckets[i].high))
            return static_cast<int>(i);
    }
    return -1;
}

/// The last day the figures can know about: the end of the period (the screen never asks for later).
QDate asOf(const ReportInputs& inputs)
{
    return inputs.period.to;
}

Headline headlineOf(const ReportInputs& inputs, const Period& period, qint64 returning)
{
    Headline headline;
    for (const DayRow& row : inputs.days) {
        if (row.day >= period.from && row.day <= period.to)
            headline.totals += row.totals;
    }
    std::vector<qint64> days;
    for (const CustomerStats& customer : *inputs.customers) {
        if (!isNewIn(customer, period))
            continue;
        ++headline.newCustomers;
        if (customer.secondAtUtc != 0) {
            ++headline.newCameBack;
            days.push_back(daysToSecond(customer));
        }
    }
    std::sort(days.begin(), days.end());
    headline.returningCustomers = returning;
    headline.secondPurchaseRate = share(headline.newCameBack, headline.newCustomers);
    headline.captureRate = share(headline.totals.identifiedSales, headline.totals.sales);
    headline.firstToSecondRatio = share(headline.totals.secondOrders, headline.totals.firstOrders);
    headline.medianDaysToSecond = percentile(days, 50);
    return headline;
}

std::vector<CohortRow> cohortsOf(const ReportInputs& inputs)
{
    constexpr int kMonths = 12;
    const int last = monthIndex(asOf(inputs));
    const int first = last - kMonths + 1;
    std::vector<CohortRow> rows(kMonths);
    std::vector<std::vector<qint64>> backWithin(kMonths, std::vector<qint64>(kMonths, 0));
    for (int i = 0; i < kMonths; ++i)
        rows[static_cast<std::size_t>(i)].month = QDate((first + i) / 12, (first + i) % 12 + 1, 1);
    const qint64 lastDay = dayIndex(asOf(inputs));
    for (const CustomerStats& customer : *inputs.customers) {
        if (customer.orders == 0 || dayIndex(customer.firstAtUtc) > lastDay)
            continue;
        const int cohort = monthIndex(customer.firstAtUtc) - first;
        if (cohort < 0 || cohort >= kMonths)
            continue;
        CohortRow& row = rows[static_cast<std::size_t>(cohort)];
        ++row.customers;
        row.revenueMinor += customer.revenueMinor;
        if (customer.secondAtUtc == 0 || dayIndex(customer.secondAtUtc) > lastDay)
            continue;
        ++row.cameBack;
        const int since = monthIndex(customer.secondAtUtc) - monthIndex(customer.firstAtUtc);
        for (int k = since; k < kMonths; ++k)
            ++backWithin[static_cast<std::size_t>(cohort)][static_cast<std::size_t>(k)];
    }
    for (int i = 0; i < kMonths; ++i) {
        CohortRow& row = rows[static_cast<std::size_t>(i)];
        for (int k = 0; k < kMonths; ++k) {
            const bool reached = first + i + k <= last;
            row.shareBackWithin.push_back(reached && row.customers > 0
                    ? share(backWithin[static_cast<std::size_t>(i)][static_cast<std::size_t>(k)], row.customers)
                    : std::nullopt);
        }
    }
    return rows;
}

std::vector<CurvePoint> curveOf(const ReportInputs& inputs)
{
    static constexpr int kDays[] = {7, 14, 30, 60, 90, 180, 365};
    const qint64 lastDay = dayIndex(asOf(inputs));
    std::vector<CurvePoint> points;
    for (int days : kDays) {
        CurvePoint point;
        point.days = days;
        qint64 back = 0;
        for (const CustomerStats& customer : *inputs.customers) {
            if (customer.orders == 0 || dayIndex(customer.firstAtUtc) > lastDay - days)
                continue;
            ++point.eligible;
            if (customer.secondAtUtc != 0 && dayIndex(customer.secondAtUtc) <= lastDay
                && daysToSecond(customer) <= days)
                ++back;
        }
        point.share = share(back, point.eligible);
        points.push_back(point);
    }
    return points;
}

} // namespace

bool Period::contains(qint64 atUtc) const
{
    const qint64 day = dayIndex(atUtc);
    return day >= dayIndex(from) && day <= dayIndex(to);
}

Period Period::previous() const
{
    return Period {from.addDays(-days()), from.addDays(-1)};
}

std::optional<Segment> segmentOf(const CustomerStats& customer, const QDate& asOf, const SegmentThresholds& thresholds)
{
    const qint64 today = dayIndex(asOf);
    if (customer.orders == 0 || dayIndex(customer.firstAtUtc) > today)
        return std::nullopt;
    if (today - dayIndex(customer.firstAtUtc) <= thresholds.newDays)
        return Segment::New;
    const qint64 sinceLast = today - dayIndex(customer.lastAtUtc);
    if (sinceLast <= thresholds.activeDays)
        return Segment::Current;
    if (sinceLast <= thresholds.lapsedDays)
        return Segment::AtRisk;
    return Segment::Lapsed;
}

RepeatReport computeRepeatReport(const ReportInputs& inputs)
{
    static const std::vector<CustomerStats> kNone;
    ReportInputs safe = inputs;
    if (!safe.customers)
        safe.customers = std::shared_ptr<const std::vector<CustomerStats>>(&kNone, [](const auto*) {});

    RepeatReport report;
    report.period = safe.period;
    report.thresholds = safe.thresholds;
    report.customers = safe.customers;
    report.headline = headlineOf(safe, safe.period, safe.returningCustomers);
    if (safe.comparison) {
        report.comparisonPeriod = safe.comparison;
        report.comparison = headlineOf(safe, *safe.comparison, safe.comparisonReturningCustomers);
    }
    report.cohorts = cohortsOf(safe);
    report.repeatCurve = curveOf(safe);

    report.daysToSecond = daysToSecondBuckets();
    std::vector<qint64> days;
    report.lifetimeValue = lifetimeValueBuckets();
    for (Segment segment : kSegments)
        report.segments.push_back(SegmentFigures {segment, 0, 0, 0});
    qint64 valued = 0;
    qint64 valueSum = 0;
    std::vector<const CustomerStats*> ranked;
    std::map<qint64, CashierFigures> cashiers;
    const QDate today = asOf(safe);
    for (const CustomerStats& customer : *safe.customers) {
        if (isNewIn(customer, safe.period)) {
            CashierFigures& cashier = cashiers[customer.firstCashierId];
            ++cashier.firstServed;
            cashier.consenting += customer.consenting ? 1 : 0;
            if (customer.secondAtUtc != 0) {
                ++cashier.secondSales;
                const qint64 d = daysToSecond(customer);
                days.push_back(d);
                if (int b = bucketOf(report.daysToSecond, d); b >= 0)
                    ++report.daysToSecond[static_cast<std::size_t>(b)].count;
            }
        }
        const auto segment = segmentOf(customer, today, safe.thresholds);
        if (!segment)
            continue;
        SegmentFigures& figures = report.segments[static_cast<std::size_t>(*segment)];
        ++figures.customers;
        figures.revenueMinor += customer.revenueMinor;
        figures.orders += customer.orders;
        ++valued;
        valueSum += customer.revenueMinor;
        if (int b = bucketOf(report.lifetimeValue, customer.revenueMinor); b >= 0)
            ++report.lifetimeValue[static_cast<std::size_t>(b)].count;
        ranked.push_back(&customer);
    }
    std::sort(days.begin(), days.end());
    const int ranks[] = {25, 50, 75, 90};
    for (std::size_t i = 0; i < 4; ++i)
        report.daysToSecondPercentiles[i] = percentile(days, ranks[i]);
    if (valued > 0)
        report.averageLifetimeValueMinor = valueSum / valued;
    const std::size_t top = std::min<std::size_t>(ranked.size(), 20);
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end(),
        [](const CustomerStats* a, const CustomerStats* b) {
            return a->revenueMinor != b->revenueMinor ? a->revenueMinor > b->revenueMinor
                                                      : a->customerId < b->customerId;
        });
    for (std::size_t i = 0; i < top; ++i)
        report.topCustomers.push_back(
            TopCustomer {ranked[i]->customerId, {}, ranked[i]->orders, ranked[i]->revenueMinor, ranked[i]->lastAtUtc});

    report.offers = safe.offers;
    if (!safe.staff.empty()) {
        for (const DayRow& row : safe.days) {
            if (row.day >= safe.period.from && row.day <= safe.period.to)
                cashiers[row.cashierId].totals += row.totals;
        }
        std::map<qint64, QString> names;
        for (const StaffName& person : safe.staff)
            names[person.cashierId] = person.name;
        for (auto& [id, cashier] : cashiers) {
            cashier.cashierId = id;
            cashier.name = names[id];
            cashier.captureRate = share(cashier.totals.identifiedSales, cashier.totals.sales);
            cashier.consentRate = share(cashier.consenting, cashier.firstServed);
            if (cashier.totals.sales > 0 || cashier.firstServed > 0 || cashier.totals.couponsRedeemed > 0)
                report.cashiers.push_back(cashier);
        }
    }
    return report;
}

std::vector<qint64> customersBehind(const RepeatReport& report, const DrillDown& drill)
{
    std::vector<const CustomerStats*> found;
    if (!report.customers)
        return {};
    const QDate today = report.period.to;
    for (const CustomerStats& customer : *report.customers) {
        bool match = false;
        switch (drill.kind) {
        case DrillDown::Kind::NewCustomers: match = isNewIn(customer, report.period); break;
        case DrillDown::Kind::NewCameBack: match = isNewIn(customer, report.period) && customer.secondAtUtc != 0; break;
        case DrillDown::Kind::InSegment: match = segmentOf(customer, today, report.thresholds) == drill.segment; break;
        case DrillDown::Kind::CohortCell:
            match = customer.orders > 0 && dayIndex(customer.firstAtUtc) <= dayIndex(today)
                && monthIndex(customer.firstAtUtc) == monthIndex(drill.month)
                && (drill.monthsSince < 0
                    || (customer.secondAtUtc != 0 && dayIndex(customer.secondAtUtc) <= dayIndex(today)
                        && monthIndex(customer.secondAtUtc) - monthIndex(customer.firstAtUtc) <= drill.monthsSince));
            break;
        case DrillDown::Kind::DaysToSecond:
            match = isNewIn(customer, report.period) && customer.secondAtUtc != 0
                && bucketOf(report.daysToSecond, daysToSecond(customer)) == drill.bucket;
            break;
        case DrillDown::Kind::LifetimeValue:
            match = segmentOf(customer, today, report.thresholds).has_value()
                && bucketOf(report.lifetimeValue, customer.revenueMinor) == drill.bucket;
            break;
        case DrillDown::Kind::FirstServedBy:
            match = isNewIn(customer, report.period) && customer.firstCashierId == drill.cashierId;
            break;
        case DrillDown::Kind::SecondSalesOf:
            match = isNewIn(customer, report.period) && customer.firstCashierId == drill.cashierId
                && customer.secondAtUtc != 0;
            break;
        }
        if (match)
            found.push_back(&customer);
    }
    std::sort(found.begin(), found.end(), [](const CustomerStats* a, const CustomerStats* b) {
        return a->revenueMinor != b->revenueMinor ? a->revenueMinor > b->revenueMinor : a->customerId < b->customerId;
    });
    std::vector<qint64> ids;
    ids.reserve(found.size());
    for (const CustomerStats* customer : found)
        ids.push_back(customer->customerId);
    return ids;
}

} // namespace ss::core::reports
