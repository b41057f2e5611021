// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RepeatReport.h"

class QChartView;
class QWidget;

namespace ss::ui {

/// The dashboard's charts (Qt Charts), each a view owned by `parent`. Titles and axes say in words
/// what is drawn, for an owner who is not a data person.
[[nodiscard]] QChartView* repeatCurveChart(const core::reports::RepeatReport& report, QWidget* parent);
[[nodiscard]] QChartView* daysToSecondChart(const core::reports::RepeatReport& report, QWidget* parent);
[[nodiscard]] QChartView* segmentsChart(const core::reports::RepeatReport& report, QWidget* parent);
[[nodiscard]] QChartView* lifetimeValueChart(
    const core::reports::RepeatReport& report, const QString& currency, QWidget* parent);
[[nodiscard]] QChartView* cohortCurveChart(const core::reports::RepeatReport& report, QWidget* parent);

} // namespace ss::ui
