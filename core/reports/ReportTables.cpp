// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTables.h"

#include "export/Csv.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace ss::core::reports {
namespace {

QString utcDay(qint64 atUtc)
{
    return atUtc == 0 ? QString()
                      : QDateTime::fromSecsSinceEpoch(atUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

/// Plural by hand: the shop may run without translation files loaded, and "3 day(s)" reads badly.
QString daysText(qint64 days)
{
    return days == 1 ? QCoreApplication::translate("ReportTables", "1 day")
                     : QCoreApplication::translate("ReportTables", "%1 days").arg(days);
}

ReportRow row(std::vector<Cell> cells, std::optional<DrillDown> drill = std::nullopt)
{
    return ReportRow {std::move(cells), {}, drill, {}, std::nullopt};
}

DrillDown drillOf(DrillDown::Kind kind)
{
    DrillDown drill;
    drill.kind = kind;
    return drill;
}

ReportTable headlineTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("headline"), QCoreApplication::translate("ReportTables", "At a glance"),
        QCoreApplication::translate("ReportTables",
            "The period you chose, next to the one before it. Click a number to see the customers behind it."),
        {QCoreApplication::translate("ReportTables", "Figure"),
            QCoreApplication::translate("ReportTables", "This period"),
            QCoreApplication::translate("ReportTables", "Period before"),
            QCoreApplication::translate("ReportTables", "What it means")},
        {}};
    const Headline& now = report.headline;
    const std::optional<Headline>& before = report.comparison;
    const auto add = [&](const char* key, const QString& label, auto value, const QString& meaning,
                         std::optional<DrillDown> drill = std::nullopt) {
        ReportRow line
            = row({Cell::ofText(label), value(now), before ? value(*before) : Cell {Cell::Kind::Text, {}, 0, {}, true},
                      Cell::ofText(meaning)},
                drill);
        line.key = QString::fromLatin1(key);
        if (drill) // the customers are this period's: the figure of the period before does not open
            line.cellDrill = {std::nullopt, drill, std::nullopt, std::nullopt};
        table.rows.push_back(std::move(line));
    };
    add(
        "sales", QCoreApplication::translate("ReportTables", "Sales"),
        [](const Headline& h) { return Cell::ofCount(h.totals.sales); },
        QCoreApplication::translate("ReportTables", "Every sale rung up, with or without a customer."));
    add(
        "takings", QCoreApplication::translate("ReportTables", "Takings"),
        [](const Headline& h) { return Cell::ofMoney(h.totals.revenueMinor + h.totals.refundsMinor); },
        QCoreApplication::translate("ReportTables", "What the sales took, less refunds given in the period."));
    add(
        "capture_rate", QCoreApplication::translate("ReportTables", "Customer captured"),
        [](const Headline& h) { return Cell::ofRate(h.captureRate); },
        QCoreApplication::translate(
            "ReportTables", "Share of sales where the customer was found or signed up at the till."));
    add(
        "anonymous_share", QCoreApplication::translate("ReportTables", "Anonymous sales"),
        [](const Headline& h) {
            return Cell::ofRate(h.captureRate ? std::optional<double>(1.0 - *h.captureRate) : std::nullopt);
        },
        QCoreApplication::translate(
            "ReportTables", "Share of sales where we do not know who bought: nobody to invite back."));
    add(
        "new_customers", QCoreApplication::translate("ReportTables", "New customers"),
        [](const Headline& h) { return Cell::ofCount(h.newCustomers); },
        QCoreApplication::translate("ReportTables", "Customers whose first purchase was in the period."),
        drillOf(DrillDown::Kind::NewCustomers));
    add(
        "first_takings", QCoreApplication::translate("ReportTables", "First-purchase takings"),
        [](const Headline& h) { return Cell::ofMoney(h.totals.firstRevenueMinor); },
        QCoreApplication::translate("ReportTables", "What those first purchases took."));
    add(
        "came_back", QCoreApplication::translate("ReportTables", "Came back so far"),
        [](const Headline& h) { return Cell::ofCount(h.newCameBack); },
        QCoreApplication::translate(
            "ReportTables", "Of the new customers, how many have made a second purchase since."),
        drillOf(DrillDown::Kind::NewCameBack));
    add(
        "second_purchase_rate", QCoreApplication::translate("ReportTables", "Second-purchase rate"),
        [](const Headline& h) { return Cell::ofRate(h.secondPurchaseRate); },
        QCoreApplication::translate("ReportTables", "The share of new customers who came back: the number to grow."));
    add(
        "median_days_to_second", QCoreApplication::translate("ReportTables", "Median days to second purchase"),
        [](const Headline& h) { return Cell::ofDays(h.medianDaysToSecond); },
        QCoreApplication::translate("ReportTables", "Half of those who came back did so within this many days."));
    add(
        "returning_customers", QCoreApplication::translate("ReportTables", "Returning customers"),
        [](const Headline& h) { return Cell::ofCount(h.returningCustomers); },
        QCoreApplication::translate("ReportTables", "Customers who bought in the period and had bought before."));
    add(
        "repeat_purchases", QCoreApplication::translate("ReportTables", "Repeat purchases"),
        [](const Headline& h) { return Cell::ofCount(h.totals.repeatOrders); },
        QCoreApplication::translate("ReportTables", "Second and later purchases made in the period."));
    add(
        "repeat_takings", QCoreApplication::translate("ReportTables", "Repeat-purchase takings"),
        [](const Headline& h) { return Cell::ofMoney(h.totals.repeatRevenueMinor); },
        QCoreApplication::translate("ReportTables", "What those repeat purchases took."));
    add(
        "second_per_first", QCoreApplication::translate("ReportTables", "Second purchases per first purchase"),
        [](const Headline& h) { return Cell::ofRate(h.firstToSecondRatio); },
        QCoreApplication::translate(
            "ReportTables", "Second purchases made in the period for every first purchase made in it."));
    add(
        "refunds", QCoreApplication::translate("ReportTables", "Refunds"),
        [](const Headline& h) { return Cell::ofMoney(h.totals.refundsMinor); },
        QCoreApplication::translate(
            "ReportTables", "Money given back in the period (refunded sales do not count as purchases)."));
    // Where the period's money and sale counts come from: the sales themselves.
    const std::pair<const char*, SalesDrill::Kind> sales[] = {{"sales", SalesDrill::Kind::All},
        {"takings", SalesDrill::Kind::All}, {"capture_rate", SalesDrill::Kind::Captured},
        {"anonymous_share", SalesDrill::Kind::Anonymous}, {"first_takings", SalesDrill::Kind::FirstPurchases},
        {"repeat_purchases", SalesDrill::Kind::RepeatPurchases}, {"repeat_takings", SalesDrill::Kind::RepeatPurchases},
        {"refunds", SalesDrill::Kind::Refunds}};
    for (ReportRow& line : table.rows) {
        for (const auto& [key, kind] : sales) {
            if (line.key == QLatin1String(key))
                line.salesDrill = SalesDrill {kind, 0};
        }
    }
    return table;
}

QString monthsLabel(int k)
{
    return k == 0 ? QCoreApplication::translate("ReportTables", "same month")
                  : (k == 1 ? QCoreApplication::translate("ReportTables", "by 1 month on")
                            : QCoreApplication::translate("ReportTables", "by %1 months on").arg(k));
}

ReportTable cohortTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("cohorts"),
        QCoreApplication::translate("ReportTables", "Came back, by month of first purchase"),
        QCoreApplication::translate("ReportTables",
            "Each row is the customers who first bought in that month; each cell the share of them who had "
            "made a second purchase by then."),
        {QCoreApplication::translate("ReportTables", "First purchase"),
            QCoreApplication::translate("ReportTables", "Customers"),
            QCoreApplication::translate("ReportTables", "Came back so far"),
            QCoreApplication::translate("ReportTables", "Average lifetime value")},
        {}};
    for (std::size_t k = 0; k < (report.cohorts.empty() ? 0 : report.cohorts.front().shareBackWithin.size()); ++k)
        table.columns << monthsLabel(static_cast<int>(k));
    for (const CohortRow& cohort : report.cohorts) {
        DrillDown all = drillOf(DrillDown::Kind::CohortCell);
        all.month = cohort.month;
        ReportRow line = row({Cell::ofDate(cohort.month.toString(QStringLiteral("yyyy-MM"))),
                                 Cell::ofCount(cohort.customers), Cell::ofCount(cohort.cameBack),
                                 cohort.customers > 0 ? Cell::ofMoney(cohort.revenueMinor / cohort.customers)
                                                      : Cell {Cell::Kind::Money, {}, 0, {}, true}},
            all);
        line.cellDrill.assign(4, std::nullopt);
        for (std::size_t k = 0; k < cohort.shareBackWithin.size(); ++k) {
            line.cells.push_back(Cell::ofRate(cohort.shareBackWithin[k]));
            DrillDown cell = all;
            cell.monthsSince = static_cast<int>(k);
            line.cellDrill.push_back(cohort.shareBackWithin[k] ? std::optional<DrillDown>(cell) : std::nullopt);
        }
        table.rows.push_back(std::move(line));
    }
    return table;
}

ReportTable curveTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("repeat_curve"),
        QCoreApplication::translate("ReportTables", "How soon customers come back"),
        QCoreApplication::translate("ReportTables",
            "Of all customers whose first purchase is at least that old, the share who came back within it."),
        {QCoreApplication::translate("ReportTables", "Within"),
            QCoreApplication::translate("ReportTables", "Customers that long ago"),
            QCoreApplication::translate("ReportTables", "Came back within")},
        {}};
    for (const CurvePoint& point : report.repeatCurve) {
        table.rows.push_back(
            row({Cell::ofText(daysText(point.days)), Cell::ofCount(point.eligible), Cell::ofRate(point.share)}));
    }
    return table;
}

ReportTable bucketTable(const std::vector<HistogramBucket>& buckets, ReportTable table, DrillDown::Kind kind)
{
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        DrillDown drill = drillOf(kind);
        drill.bucket = static_cast<int>(i);
        table.rows.push_back(row({Cell::ofText(buckets[i].label), Cell::ofCount(buckets[i].count)}, drill));
    }
    return table;
}

ReportTable daysSummaryTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("days_to_second_summary"),
        QCoreApplication::translate("ReportTables", "Days to second purchase: percentiles"),
        QCoreApplication::translate("ReportTables",
            "A quarter of the customers who came back did so within the first figure, half within the second."),
        {QCoreApplication::translate("ReportTables", "Share of those who came back"),
            QCoreApplication::translate("ReportTables", "Within days")},
        {}};
    const char* labels[]
        = {QT_TRANSLATE_NOOP("ReportTables", "25 %"), QT_TRANSLATE_NOOP("ReportTables", "50 % (median)"),
            QT_TRANSLATE_NOOP("ReportTables", "75 %"), QT_TRANSLATE_NOOP("ReportTables", "90 %")};
    for (std::size_t i = 0; i < 4; ++i)
        table.rows.push_back(row({Cell::ofText(QCoreApplication::translate("ReportTables", labels[i])),
            Cell::ofDays(report.daysToSecondPercentiles[i])}));
    return table;
}

ReportTable segmentTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("segments"), QCoreApplication::translate("ReportTables", "Customers today"),
        QCoreApplication::translate("ReportTables",
            "Sorted by your own buying cycle (thresholds in days can be changed above). Lapsed customers with "
            "consent are the win-back list."),
        {QCoreApplication::translate("ReportTables", "Segment"),
            QCoreApplication::translate("ReportTables", "Who is in it"),
            QCoreApplication::translate("ReportTables", "Customers"),
            QCoreApplication::translate("ReportTables", "Purchases"),
            QCoreApplication::translate("ReportTables", "Lifetime revenue")},
        {}};
    const SegmentThresholds& t = report.thresholds;
    for (const SegmentFigures& figures : report.segments) {
        QString meaning;
        switch (figures.segment) {
        case Segment::New:
            meaning = QCoreApplication::translate("ReportTables", "first purchase in the last %1 days").arg(t.newDays);
            break;
        case Segment::Current:
            meaning = QCoreApplication::translate("ReportTables", "bought in the last %1 days").arg(t.activeDays);
            break;
        case Segment::AtRisk:
            meaning = QCoreApplication::translate("ReportTables", "last purchase %1–%2 days ago")
                          .arg(t.activeDays + 1)
                          .arg(t.lapsedDays);
            break;
        case Segment::Lapsed:
            meaning
                = QCoreApplication::translate("ReportTables", "no purchase for more than %1 days").arg(t.lapsedDays);
            break;
        }
        DrillDown drill = drillOf(DrillDown::Kind::InSegment);
        drill.segment = figures.segment;
        table.rows.push_back(
            row({Cell::ofText(segmentName(figures.segment)), Cell::ofText(meaning), Cell::ofCount(figures.customers),
                    Cell::ofCount(figures.orders), Cell::ofMoney(figures.revenueMinor)},
                drill));
    }
    return table;
}

ReportTable topTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("top_customers"), QCoreApplication::translate("ReportTables", "Best customers"),
        QCoreApplication::translate("ReportTables", "By everything they have spent, less refunds."),
        {QCoreApplication::translate("ReportTables", "Customer"),
            QCoreApplication::translate("ReportTables", "Purchases"),
            QCoreApplication::translate("ReportTables", "Lifetime revenue"),
            QCoreApplication::translate("ReportTables", "Last purchase")},
        {}};
    for (const TopCustomer& top : report.topCustomers) {
        table.rows.push_back(row({Cell::ofText(top.name), Cell::ofCount(top.orders), Cell::ofMoney(top.revenueMinor),
            Cell::ofDate(utcDay(top.lastAtUtc))}));
    }
    return table;
}

ReportTable offerTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("offers"), QCoreApplication::translate("ReportTables", "Offers on the receipt"),
        QCoreApplication::translate("ReportTables", "Coupons printed in the period, and what became of them so far."),
        {QCoreApplication::translate("ReportTables", "Offer"), QCoreApplication::translate("ReportTables", "Kind"),
            QCoreApplication::translate("ReportTables", "Printed"),
            QCoreApplication::translate("ReportTables", "Redeemed"),
            QCoreApplication::translate("ReportTables", "Redemption rate"),
            QCoreApplication::translate("ReportTables", "Average days to redeem"),
            QCoreApplication::translate("ReportTables", "Cancelled by a refund"),
            QCoreApplication::translate("ReportTables", "Discount given"),
            QCoreApplication::translate("ReportTables", "Takings of redeeming sales")},
        {}};
    for (const OfferFigures& offer : report.offers) {
        table.rows.push_back(row({Cell::ofText(offer.ruleName), Cell::ofText(offer.kind), Cell::ofCount(offer.issued),
            Cell::ofCount(offer.redeemed),
            Cell::ofRate(offer.issued > 0 ? std::optional<double>(static_cast<double>(offer.redeemed) / offer.issued)
                                          : std::nullopt),
            Cell::ofDays(
                offer.redeemed > 0 ? std::optional<qint64>(offer.daysToRedeemSum / offer.redeemed) : std::nullopt),
            Cell::ofCount(offer.voided), Cell::ofMoney(offer.discountMinor),
            Cell::ofMoney(offer.redeemingRevenueMinor)}));
    }
    return table;
}

ReportTable cashierTable(const RepeatReport& report)
{
    ReportTable table {QStringLiteral("cashiers"),
        QCoreApplication::translate("ReportTables", "At the till, by cashier"),
        QCoreApplication::translate(
            "ReportTables", "Second sales earned: new customers a cashier served first who have come back since."),
        {QCoreApplication::translate("ReportTables", "Cashier"), QCoreApplication::translate("ReportTables", "Sales"),
            QCoreApplication::translate("ReportTables", "Customer captured"),
            QCoreApplication::translate("ReportTables", "New customers served first"),
            QCoreApplication::translate("ReportTables", "Of those, say yes to offers"),
            QCoreApplication::translate("ReportTables", "Second sales earned"),
            QCoreApplication::translate("ReportTables", "Came-back rate"),
            QCoreApplication::translate("ReportTables", "Coupons printed"),
            QCoreApplication::translate("ReportTables", "Coupons taken")},
        {}};
    for (const CashierFigures& cashier : report.cashiers) {
        DrillDown first = drillOf(DrillDown::Kind::FirstServedBy);
        first.cashierId = cashier.cashierId;
        DrillDown second = drillOf(DrillDown::Kind::SecondSalesOf);
        second.cashierId = cashier.cashierId;
        ReportRow line = row(
            {Cell::ofText(cashier.name.isEmpty() ? QCoreApplication::translate("ReportTables", "(no longer on staff)")
                                                 : cashier.name),
                Cell::ofCount(cashier.totals.sales), Cell::ofRate(cashier.captureRate),
                Cell::ofCount(cashier.firstServed), Cell::ofRate(cashier.consentRate),
                Cell::ofCount(cashier.secondSales),
                Cell::ofRate(cashier.firstServed > 0
                        ? std::optional<double>(static_cast<double>(cashier.secondSales) / cashier.firstServed)
                        : std::nullopt),
                Cell::ofCount(cashier.totals.couponsIssued), Cell::ofCount(cashier.totals.couponsRedeemed)},
            first);
        line.cellDrill.assign(line.cells.size(), std::nullopt);
        line.cellDrill[3] = first;
        line.cellDrill[5] = second;
        line.salesDrill = SalesDrill {SalesDrill::Kind::ByCashier, cashier.cashierId};
        table.rows.push_back(std::move(line));
    }
    return table;
}

} // namespace

QString segmentName(Segment segment)
{
    switch (segment) {
    case Segment::New: return QCoreApplication::translate("ReportTables", "New");
    case Segment::Current: return QCoreApplication::translate("ReportTables", "Current");
    case Segment::AtRisk: return QCoreApplication::translate("ReportTables", "At risk");
    case Segment::Lapsed: return QCoreApplication::translate("ReportTables", "Lapsed");
    }
    return {};
}

std::vector<ReportTable> reportTables(const RepeatReport& report)
{
    std::vector<ReportTable> tables;
    tables.push_back(headlineTable(report));
    tables.push_back(cohortTable(report));
    tables.push_back(curveTable(report));
    tables.push_back(bucketTable(report.daysToSecond,
        ReportTable {QStringLiteral("days_to_second"),
            QCoreApplication::translate("ReportTables", "Days to second purchase"),
            QCoreApplication::translate(
                "ReportTables", "New customers of the period who came back, by how long it took them."),
            {QCoreApplication::translate("ReportTables", "Came back"),
                QCoreApplication::translate("ReportTables", "Customers")},
            {}},
        DrillDown::Kind::DaysToSecond));
    tables.push_back(daysSummaryTable(report));
    tables.push_back(segmentTable(report));
    ReportTable value = bucketTable(report.lifetimeValue,
        ReportTable {QStringLiteral("lifetime_value"), QCoreApplication::translate("ReportTables", "Lifetime value"),
            QCoreApplication::translate(
                "ReportTables", "Customers by everything they have spent, less refunds (in the shop's currency)."),
            {QCoreApplication::translate("ReportTables", "Spent"),
                QCoreApplication::translate("ReportTables", "Customers")},
            {}},
        DrillDown::Kind::LifetimeValue);
    value.rows.push_back(row({Cell::ofText(QCoreApplication::translate("ReportTables", "Average per customer")),
        report.averageLifetimeValueMinor ? Cell::ofMoney(*report.averageLifetimeValueMinor)
                                         : Cell {Cell::Kind::Money, {}, 0, {}, true}}));
    tables.push_back(std::move(value));
    tables.push_back(topTable(report));
    tables.push_back(offerTable(report));
    tables.push_back(cashierTable(report));
    return tables;
}

QString displayText(const Cell& cell, const QString& currency)
{
    if (cell.empty)
        return QStringLiteral("–");
    switch (cell.kind) {
    case Cell::Kind::Text:
    case Cell::Kind::Date: return cell.text;
    case Cell::Kind::Count: return QString::number(cell.value);
    case Cell::Kind::Money:
        return Money::fromMinor(cell.value).toDecimalString() + (currency.isEmpty() ? QString() : u' ' + currency);
    case Cell::Kind::Rate: return QString::number(*cell.rate * 100.0, 'f', 1) + QStringLiteral(" %");
    case Cell::Kind::Days: return daysText(cell.value);
    }
    return {};
}

QString plainText(const Cell& cell)
{
    if (cell.empty)
        return {};
    switch (cell.kind) {
    case Cell::Kind::Text:
    case Cell::Kind::Date: return cell.text;
    case Cell::Kind::Count:
    case Cell::Kind::Days: return QString::number(cell.value);
    case Cell::Kind::Money: return Money::fromMinor(cell.value).toDecimalString();
    case Cell::Kind::Rate: return QString::number(*cell.rate, 'f', 4);
    }
    return {};
}

QByteArray tableCsv(const ReportTable& table)
{
    QByteArray csv = csvRow(table.columns);
    for (const ReportRow& line : table.rows) {
        QStringList fields;
        for (const Cell& cell : line.cells)
            fields << plainText(cell);
        csv += csvRow(fields);
    }
    return csv;
}

QJsonObject reportJson(const RepeatReport& report, const std::vector<ReportTable>& tables)
{
    QJsonObject root;
    root[QStringLiteral("from")] = report.period.from.toString(Qt::ISODate);
    root[QStringLiteral("to")] = report.period.to.toString(Qt::ISODate);
    if (report.comparisonPeriod) {
        root[QStringLiteral("compared_from")] = report.comparisonPeriod->from.toString(Qt::ISODate);
        root[QStringLiteral("compared_to")] = report.comparisonPeriod->to.toString(Qt::ISODate);
    }
    QJsonObject all;
    for (const ReportTable& table : tables) {
        QJsonArray rows;
        for (const ReportRow& line : table.rows) {
            QJsonObject object;
            if (!line.key.isEmpty())
                object[QStringLiteral("key")] = line.key;
            for (qsizetype c = 0; c < table.columns.size() && c < static_cast<qsizetype>(line.cells.size()); ++c) {
                const Cell& cell = line.cells[static_cast<std::size_t>(c)];
                QJsonValue value;
                if (cell.empty)
                    value = QJsonValue::Null;
                else if (cell.kind == Cell::Kind::Count || cell.kind == Cell::Kind::Days
                    || cell.kind == Cell::Kind::Money)
                    value = static_cast<double>(cell.value);
                else if (cell.kind == Cell::Kind::Rate)
                    value = *cell.rate;
                else
                    value = cell.text;
                object[table.columns[c]] = value;
            }
            rows.append(object);
        }
        all[table.key] = rows;
    }
    root[QStringLiteral("tables")] = all;
    root[QStringLiteral("money")] = QStringLiteral("minor units");
    return root;
}

} // namespace ss::core::reports
