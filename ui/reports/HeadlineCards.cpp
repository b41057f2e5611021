// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlineCards.h"

#include "ReportTableModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

/// The cards, in reading order: the second sale first, then who we know, then the money.
constexpr const char* kCards[] = {"second_purchase_rate", "median_days_to_second", "new_customers", "came_back",
    "returning_customers", "capture_rate", "takings", "repeat_takings"};

} // namespace

HeadlineCards::HeadlineCards(QString currency, QWidget* parent)
    : QWidget(parent)
    , m_currency(std::move(currency))
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
}

void HeadlineCards::setHeadline(const core::reports::ReportTable& headline)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget(); // the cards are ours: replaced on every refresh
        delete item;
    }
    int placed = 0;
    for (const char* key : kCards) {
        const auto row = std::find_if(headline.rows.begin(), headline.rows.end(),
            [&](const core::reports::ReportRow& r) { return r.key == QLatin1String(key); });
        if (row == headline.rows.end() || row->cells.size() < 4)
            continue;
        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("card_%1").arg(QLatin1String(key)));
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            QStringLiteral("QFrame#%1 { background: palette(base); border-radius: 6px; }").arg(card->objectName()));
        auto* layout = new QVBoxLayout(card);
        auto* title = new QLabel(row->cells[0].text, card);
        title->setStyleSheet(QStringLiteral("color: palette(window-text); font-weight: bold;"));
        auto* value = new QLabel(ReportTableModel::cellText(row->cells[1], m_currency), card);
        value->setObjectName(QStringLiteral("value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        value->setFont(big);
        const QString before = row->cells[2].empty ? QString() : ReportTableModel::cellText(row->cells[2], m_currency);
        auto* compared = new QLabel(before.isEmpty() ? QString() : tr("period before: %1").arg(before), card);
        auto* meaning = new QLabel(row->cells[3].text, card);
        meaning->setWordWrap(true);
        meaning->setStyleSheet(QStringLiteral("color: palette(dark);"));
        layout->addWidget(title);
        layout->addWidget(value);
        layout->addWidget(compared);
        layout->addWidget(meaning);
        if (row->drill) {
            auto* open = new QPushButton(tr("Who are they?"), card);
            open->setObjectName(QStringLiteral("drill_%1").arg(QLatin1String(key)));
            const core::reports::DrillDown drill = *row->drill;
            connect(open, &QPushButton::clicked, this, [this, drill] { emit drillRequested(drill); });
            layout->addWidget(open, 0, Qt::AlignLeft);
        }
        layout->addStretch();
        m_grid->addWidget(card, placed / 4, placed % 4);
        ++placed;
    }
}

} // namespace ss::ui
