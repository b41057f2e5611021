// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTables.h"

#include <QWidget>

class QGridLayout;

namespace ss::ui {

/// The figures an owner asks first, as big numbers with a line of plain words under each and the
/// period before beside it. A card with customers behind it opens them when clicked.
class HeadlineCards final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlineCards)

public:
    explicit HeadlineCards(QString currency, QWidget* parent = nullptr);

    /// `headline` is the report's "headline" table; its rows carry stable keys.
    void setHeadline(const core::reports::ReportTable& headline);

signals:
    void drillRequested(const core::reports::DrillDown& drill);

private:
    QString m_currency;
    QGridLayout* m_grid = nullptr;
};

} // namespace ss::ui
