// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/CustomerHistory.h"

#include <QDate>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace ss::core::reports {

/// Whole UTC days, both ends included.
struct Period
{
    QDate from;
    QDate to;

    [[nodiscard]] bool contains(qint64 atUtc) const;
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    /// The same number of days just before this period (the usual "compared with").
    [[nodiscard]] Period previous() const;
};

/// The shop's own buying cycle: how the customers are sorted into segments on a given day.
struct SegmentThresholds
{
    int newDays = 30; ///< First purchase at most this many days ago: new.
    int activeDays = 90; ///< Otherwise, last purchase at most this many days ago: current.
    int lapsedDays = 180; ///< Last purchase more than this many days ago: lapsed; in between: at risk.

    friend bool operator==(const SegmentThresholds&, const SegmentThresholds&) = default;
};

enum class Segment { New, Current, AtRisk, Lapsed };
inline constexpr std::array kSegments {Segment::New, Segment::Current, Segment::AtRisk, Segment::Lapsed};

/// The segment of a customer on day `asOf`; nullopt when they had not bought anything by then.
[[nodiscard]] std::optional<Segment> segmentOf(
    const CustomerStats& customer, const QDate& asOf, const SegmentThresholds& thresholds);

struct DayRow
{
    QDate day;
    qint64 cashierId = 0;
    DayTotals totals;
};

/// Per offer rule, for coupons issued in the period (figured in SQL over the coupon ledger).
struct OfferFigures
{
    QString ruleName;
    QString kind;
    qint64 issued = 0;
    qint64 redeemed = 0; ///< Of those issued in the period, redeemed so far.
    qint64 voided = 0;
    qint64 daysToRedeemSum = 0; ///< Over the redeemed ones: their mean is this / redeemed.
    qint64 discountMinor = 0; ///< Discount on the sales that redeemed them.
    qint64 redeemingRevenueMinor = 0; ///< What those sales took.
};

struct StaffName
{
    qint64 cashierId = 0;
    QString name;
};

struct ReportInputs
{
    Period period;
    std::optional<Period> comparison;
    SegmentThresholds thresholds;
    /// Every customer with a sale; shared because the screen drills down into the same rows.
    std::shared_ptr<const std::vector<CustomerStats>> customers;
    std::vector<DayRow> days; ///< Covering the period and the comparison period.
    qint64 returningCustomers = 0; ///< Distinct customers with a repeat order in the period.
    qint64 comparisonReturningCustomers = 0;
    std::vector<OfferFigures> offers;
    std::vector<StaffName> staff; ///< Names for the per-cashier table (empty: no per-cashier table).
};

/// The headline of a period: what a shop owner asks first.
struct Headline
{
    DayTotals totals; ///< Sales, capture, first and repeat orders, revenue and refunds in the period.
    qint64 newCustomers = 0; ///< First purchase in the period.
    qint64 returningCustomers = 0; ///< Bought again in the period, having bought before.
    qint64 newCameBack = 0; ///< Of the new customers, came back for a second purchase (so far).
    std::optional<double> secondPurchaseRate; ///< newCameBack / newCustomers.
    std::optional<double> captureRate; ///< identified sales / sales.
    std::optional<double> firstToSecondRatio; ///< Second orders / first orders in the period.
    std::optional<qint64> medianDaysToSecond; ///< For the new customers who came back.
};

/// Customers by the month of their first purchase: the share who had made a second purchase
/// within k months (k = 0 is the same month). A cell the calendar has not reached yet is empty.
struct CohortRow
{
    QDate month; ///< First day of the month.
    qint64 customers = 0;
    qint64 cameBack = 0; ///< So far.
    qint64 revenueMinor = 0; ///< Their lifetime revenue, all of it.
    std::vector<std::optional<double>> shareBackWithin;
};

struct HistogramBucket
{
    QString label;
    qint64 low = 0; ///< Inclusive.
    qint64 high = 0; ///< Inclusive; -1: no upper end.
    qint64 count = 0;
};

struct SegmentFigures
{
    Segment segment = Segment::New;
    qint64 customers = 0;
    qint64 revenueMinor = 0; ///< Lifetime revenue of the customers now in the segment.
    qint64 orders = 0;
};

/// Where the repeat rate is heading: of the customers whose first purchase is at least `days` old,
/// the share who came back within `days`.
struct CurvePoint
{
    int days = 0;
    qint64 eligible = 0;
    std::optional<double> share;
};

struct CashierFigures
{
    qint64 cashierId = 0;
    QString name;
    DayTotals totals; ///< Their sales, captures, refunds and coupons in the period.
    std::optional<double> captureRate;
    qint64 firstServed = 0; ///< New customers whose first purchase they rang up in the period.
    qint64 consenting = 0; ///< Of those, say yes to offers on some channel.
    std::optional<double> consentRate;
    qint64 secondSales = 0; ///< Of those, came back: the second sale this cashier earned.
};

struct TopCustomer
{
    qint64 customerId = 0;
    QString name; ///< Filled in by the store (the computation knows no names).
    int orders = 0;
    qint64 revenueMinor = 0;
    qint64 lastAtUtc = 0;
};

struct RepeatReport
{
    Period period;
    SegmentThresholds thresholds;
    Headline headline;
    std::optional<Headline> comparison;
    std::optional<Period> comparisonPeriod;
    std::vector<CohortRow> cohorts; ///< The twelve months up to the end of the period, oldest first.
    std::vector<CurvePoint> repeatCurve;
    std::vector<HistogramBucket> daysToSecond; ///< New customers of the period who came back.
    std::array<std::optional<qint64>, 4> daysToSecondPercentiles; ///< 25th, 50th, 75th, 90th.
    std::vector<SegmentFigures> segments; ///< As of the last day of the period.
    std::vector<HistogramBucket> lifetimeValue; ///< Customers by lifetime revenue, minor units.
    std::optional<qint64> averageLifetimeValueMinor;
    std::vector<TopCustomer> topCustomers; ///< By lifetime revenue, highest first (up to 20).
    std::vector<OfferFigures> offers;
    std::vector<CashierFigures> cashiers;
    std::shared_ptr<const std::vector<CustomerStats>> customers; ///< For drill-down.
};

/// Every figure of the dashboard from its inputs: pure computation, the one code path of the screen,
/// the exports and `secondsale-admin report repeat-customers`.
[[nodiscard]] RepeatReport computeRepeatReport(const ReportInputs& inputs);

/// The customers behind a figure, for drill-down (ids, most valuable first).
struct DrillDown
{
    enum class Kind {
        NewCustomers, ///< First purchase in the period.
        NewCameBack, ///< … who came back.
        InSegment, ///< `segment`.
        CohortCell, ///< First purchase in `month`, back within `monthsSince` months (-1: all of the cohort).
        DaysToSecond, ///< New customers of the period who came back, in histogram bucket `bucket`.
        LifetimeValue, ///< In lifetime-value bucket `bucket`.
        FirstServedBy, ///< New customers of the period whose first purchase `cashierId` rang up.
        SecondSalesOf, ///< … who came back.
    };
    Kind kind = Kind::NewCustomers;
    Segment segment = Segment::New;
    QDate month {};
    int monthsSince = -1;
    int bucket = 0;
    qint64 cashierId = 0;
};
[[nodiscard]] std::vector<qint64> customersBehind(const RepeatReport& report, const DrillDown& drill);

/// The sales behind a figure of the period (read from the store: the report keeps no sales).
struct SalesDrill
{
    enum class Kind {
        All, ///< Every sale rung up.
        Captured, ///< With a customer.
        Anonymous, ///< Without one.
        FirstPurchases, ///< Customers' first purchases.
        RepeatPurchases, ///< Second and later purchases.
        Refunds,
        ByCashier, ///< Every sale `cashierId` rang up.
    };
    Kind kind = Kind::All;
    qint64 cashierId = 0;
};

} // namespace ss::core::reports
