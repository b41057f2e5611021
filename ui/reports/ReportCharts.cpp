// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "reports/ReportTables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

namespace ss::ui {
namespace {

QChartView* viewOf(QChart* chart, QWidget* parent)
{
    chart->legend()->setVisible(chart->series().size() > 1);
    chart->setAnimationOptions(QChart::NoAnimation); // printed and screenshotted: draw at once
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent); // the view owns the chart, the parent the view
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QChartView* barChart(const QString& title, const QString& valueTitle, const QStringList& categories,
    const QList<qreal>& values, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    auto* set = new QBarSet(valueTitle);
    set->append(values);
    set->setColor(QColor(46, 125, 50));
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%d"));
    qreal top = 1;
    for (qreal v : values)
        top = std::max(top, v);
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers(); // 0, 20, 40 … rather than 0, 17, 35
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return viewOf(chart, parent);
}

} // namespace

QChartView* repeatCurveChart(const core::reports::RepeatReport& report, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate(
        "ReportCharts", "How soon new customers come back: share back within so many days"));
    auto* series = new QLineSeries;
    series->setName(QCoreApplication::translate("ReportCharts", "came back"));
    series->setPointsVisible(true);
    for (const core::reports::CurvePoint& point : report.repeatCurve) {
        if (point.share)
            series->append(point.days, *point.share * 100.0);
    }
    chart->addSeries(series);
    auto* x = new QValueAxis;
    x->setTitleText(QCoreApplication::translate("ReportCharts", "days since the first purchase"));
    x->setRange(0, 365);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(30);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(QCoreApplication::translate("ReportCharts", "% came back"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return viewOf(chart, parent);
}

QChartView* daysToSecondChart(const core::reports::RepeatReport& report, QWidget* parent)
{
    QStringList labels;
    QList<qreal> counts;
    for (const core::reports::HistogramBucket& bucket : report.daysToSecond) {
        labels << bucket.label;
        counts << static_cast<qreal>(bucket.count);
    }
    return barChart(
        QCoreApplication::translate("ReportCharts", "Days from first to second purchase (new customers of the period)"),
        QCoreApplication::translate("ReportCharts", "customers"), labels, counts, parent);
}

QChartView* segmentsChart(const core::reports::RepeatReport& report, QWidget* parent)
{
    QStringList labels;
    QList<qreal> counts;
    for (const core::reports::SegmentFigures& figures : report.segments) {
        labels << core::reports::segmentName(figures.segment);
        counts << static_cast<qreal>(figures.customers);
    }
    return barChart(QCoreApplication::translate("ReportCharts", "Your customers today"),
        QCoreApplication::translate("ReportCharts", "customers"), labels, counts, parent);
}

QChartView* lifetimeValueChart(const core::reports::RepeatReport& report, const QString& currency, QWidget* parent)
{
    QStringList labels;
    QList<qreal> counts;
    for (const core::reports::HistogramBucket& bucket : report.lifetimeValue) {
        labels << bucket.label;
        counts << static_cast<qreal>(bucket.count);
    }
    return barChart(
        QCoreApplication::translate("ReportCharts", "Customers by what they have spent in all (%1)").arg(currency),
        QCoreApplication::translate("ReportCharts", "customers"), labels, counts, parent);
}

QChartView* cohortCurveChart(const core::reports::RepeatReport& report, QWidget* parent)
{
    QStringList labels;
    QList<qreal> shares;
    for (const core::reports::CohortRow& cohort : report.cohorts) {
        labels << cohort.month.toString(QStringLiteral("MMM"));
        shares << (cohort.customers > 0 ? 100.0 * static_cast<qreal>(cohort.cameBack) / cohort.customers : 0.0);
    }
    QChartView* view = barChart(
        QCoreApplication::translate("ReportCharts", "Second-purchase rate by month of first purchase (so far)"),
        QCoreApplication::translate("ReportCharts", "% came back"), labels, shares, parent);
    return view;
}

} // namespace ss::ui
