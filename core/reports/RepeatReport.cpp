// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatReport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
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

/// year × 12 + month − 1 of a UTC time, straight from its day number (the proleptic Gregorian
/// calendar, as QDate has it, without building a QDate for each of 200,000 customers).
int monthIndex(qint64 atUtc)
{
    const qint64 z = dayIndex(atUtc) + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return static_cast<int>(year * 12 + month - 1);
}

/// A period as day indices, worked out once: the loops below run over every customer.
struct DayRange
{
    qint64 from = 0;
    qint64 to = 0;

    explicit DayRange(const Period& period)
        : from(dayIndex(period.from))
        , to(dayIndex(period.to))
    { }
    bool contains(qint64 atUtc) const
    {
        const qint64 day = dayIndex(atUtc);
        return day >= from && day <= to;
    }
};

/// Days to a second purchase, tallied by value: percentiles in one pass, no sorting.
class DaysTally
{
public:
    void add(qint64 days)
    {
        const auto index = static_cast<std::size_t>(std::max<qint64>(days, 0));
        if (index >= m_counts.size())
            m_counts.resize(index + 1, 0);
        ++m_counts[index];
        ++m_total;
    }
    /// Nearest rank: the smallest value with at least p % of the values at or below it.
    std::optional<qint64> percentile(int p) const
    {
        if (m_total == 0)
            return std::nullopt;
        const auto rank = std::max<qint64>(
            static_cast<qint64>(std::ceil(static_cast<double>(p) * static_cast<double>(m_total) / 100.0)), 1);
        qint64 seen = 0;
        for (std::size_t days = 0; days < m_counts.size(); ++days) {
            seen += m_counts[days];
            if (seen >= rank)
                return static_cast<qint64>(days);
        }
        return static_cast<qint64>(m_counts.size()) - 1;
    }

private:
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
};

std::optional<Segment> segmentAt(const CustomerStats& customer, qint64 today, const SegmentThresholds& thresholds)
{
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

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

bool isNewIn(const CustomerStats& customer, const DayRange& period)
{
    return customer.orders > 0 && period.contains(customer.firstAtUtc);
}

qint64 daysToSecond(const CustomerStats& customer)
{
    return dayIndex(customer.secondAtUtc) - dayIndex(customer.firstAtUtc);
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
    return {{QCoreApplication::translate("RepeatReport", "0–10"), std::numeric_limits<qint64>::min(), 999, 0},
        {QCoreApplication::translate("RepeatReport", "10–25"), 1000, 2499, 0},
        {QCoreApplication::translate("RepeatReport", "25–50"), 2500, 4999, 0},
        {QCoreApplication::translate("RepeatReport", "50–100"), 5000, 9999, 0},
        {QCoreApplication::translate("RepeatReport", "100–250"), 10000, 24999, 0},
        {QCoreApplication::translate("RepeatReport", "250–500"), 25000, 49999, 0},
        {QCoreApplication::translate("RepeatReport", "500+"), 50000, -1, 0}};
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
    DaysTally days;
    const DayRange range(period);
    for (const CustomerStats& customer : *inputs.customers) {
        if (!isNewIn(customer, range))
            continue;
        ++headline.newCustomers;
        if (customer.secondAtUtc != 0) {
            ++headline.newCameBack;
            days.add(daysToSecond(customer));
        }
    }
    headline.returningCustomers = returning;
    headline.secondPurchaseRate = share(headline.newCameBack, headline.newCustomers);
    headline.captureRate = share(headline.totals.identifiedSales, headline.totals.sales);
    headline.firstToSecondRatio = share(headline.totals.secondOrders, headline.totals.firstOrders);
    headline.medianDaysToSecond = days.percentile(50);
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
    constexpr std::size_t kPoints = std::size(kDays);
    const qint64 lastDay = dayIndex(asOf(inputs));
    std::array<qint64, kPoints> eligible {};
    std::array<qint64, kPoints> back {};
    for (const CustomerStats& customer : *inputs.customers) {
        if (customer.orders == 0)
            continue;
        const qint64 age = lastDay - dayIndex(customer.firstAtUtc);
        const bool returned = customer.secondAtUtc != 0 && dayIndex(customer.secondAtUtc) <= lastDay;
        const qint64 gap = returned ? daysToSecond(customer) : std::numeric_limits<qint64>::max();
        for (std::size_t i = 0; i < kPoints && kDays[i] <= age; ++i) {
            ++eligible[i];
            back[i] += gap <= kDays[i] ? 1 : 0;
        }
    }
    std::vector<CurvePoint> points;
    for (std::size_t i = 0; i < kPoints; ++i)
        points.push_back(CurvePoint {kDays[i], eligible[i], share(back[i], eligible[i])});
    return points;
}

} // namespace

bool Period::contains(qint64 atUtc) const
{
    return DayRange(*this).contains(atUtc);
}

Period Period::previous() const
{
    return Period {from.addDays(-days()), from.addDays(-1)};
}

std::optional<Segment> segmentOf(const CustomerStats& customer, const QDate& asOf, const SegmentThresholds& thresholds)
{
    return segmentAt(customer, dayIndex(asOf), thresholds);
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
    DaysTally days;
    const DayRange period(safe.period);
    report.lifetimeValue = lifetimeValueBuckets();
    for (Segment segment : kSegments)
        report.segments.push_back(SegmentFigures {segment, 0, 0, 0});
    qint64 valued = 0;
    qint64 valueSum = 0;
    std::vector<const CustomerStats*> ranked;
    std::map<qint64, CashierFigures> cashiers;
    const qint64 today = dayIndex(asOf(safe));
    for (const CustomerStats& customer : *safe.customers) {
        if (isNewIn(customer, period)) {
            CashierFigures& cashier = cashiers[customer.firstCashierId];
            ++cashier.firstServed;
            cashier.consenting += customer.consenting ? 1 : 0;
            if (customer.secondAtUtc != 0) {
                ++cashier.secondSales;
                const qint64 d = daysToSecond(customer);
                days.add(d);
                if (int b = bucketOf(report.daysToSecond, d); b >= 0)
                    ++report.daysToSecond[static_cast<std::size_t>(b)].count;
            }
        }
        const auto segment = segmentAt(customer, today, safe.thresholds);
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
    const int ranks[] = {25, 50, 75, 90};
    for (std::size_t i = 0; i < 4; ++i)
        report.daysToSecondPercentiles[i] = days.percentile(ranks[i]);
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
    const DayRange period(report.period);
    for (const CustomerStats& customer : *report.customers) {
        bool match = false;
        switch (drill.kind) {
        case DrillDown::Kind::NewCustomers: match = isNewIn(customer, period); break;
        case DrillDown::Kind::NewCameBack: match = isNewIn(customer, period) && customer.secondAtUtc != 0; break;
        case DrillDown::Kind::InSegment: match = segmentOf(customer, today, report.thresholds) == drill.segment; break;
        case DrillDown::Kind::CohortCell:
            match = customer.orders > 0 && dayIndex(customer.firstAtUtc) <= dayIndex(today)
                && monthIndex(customer.firstAtUtc) == monthIndex(drill.month)
                && (drill.monthsSince < 0
                    || (customer.secondAtUtc != 0 && dayIndex(customer.secondAtUtc) <= dayIndex(today)
                        && monthIndex(customer.secondAtUtc) - monthIndex(customer.firstAtUtc) <= drill.monthsSince));
            break;
        case DrillDown::Kind::DaysToSecond:
            match = isNewIn(customer, period) && customer.secondAtUtc != 0
                && bucketOf(report.daysToSecond, daysToSecond(customer)) == drill.bucket;
            break;
        case DrillDown::Kind::LifetimeValue:
            match = segmentOf(customer, today, report.thresholds).has_value()
                && bucketOf(report.lifetimeValue, customer.revenueMinor) == drill.bucket;
            break;
        case DrillDown::Kind::FirstServedBy:
            match = isNewIn(customer, period) && customer.firstCashierId == drill.cashierId;
            break;
        case DrillDown::Kind::SecondSalesOf:
            match
                = isNewIn(customer, period) && customer.firstCashierId == drill.cashierId && customer.secondAtUtc != 0;
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
