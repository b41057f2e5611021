// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxRatesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

TaxRatesEditor::TaxRatesEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_table(new QTableView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Rate (%)"), tr("Prices include it")});
    m_table->setObjectName(QStringLiteral("taxTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* add = new QPushButton(tr("&Add a rate"), this);
    add->setObjectName(QStringLiteral("addTaxButton"));
    auto* remove = new QPushButton(tr("&Remove the selected rate"), this);
    remove->setObjectName(QStringLiteral("removeTaxButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        appendRate({QStringLiteral("new"), tr("New rate"), 0, true}, false);
        m_table->edit(m_model->index(m_model->rowCount() - 1, CodeColumn));
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
            m_model->removeRow(current.row());
            emit edited();
        }
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &TaxRatesEditor::edited);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void TaxRatesEditor::setRates(const std::vector<core::TaxRateSetup>& rates, const QSet<QString>& locked)
{
    // Showing rates is not editing them: `edited` stays quiet, while the view still hears the model.
    const QSignalBlocker quiet(this);
    m_model->removeRows(0, m_model->rowCount());
    for (const core::TaxRateSetup& rate : rates)
        appendRate(rate, locked.contains(rate.code));
}

QString TaxRatesEditor::percentText(int basisPoints)
{
    QString percent = QString::number(basisPoints / 100);
    if (const int hundredths = basisPoints % 100; hundredths != 0) {
        percent += u'.' + QString::number(hundredths).rightJustified(2, u'0');
        while (percent.endsWith(u'0'))
            percent.chop(1);
    }
    return percent;
}

void TaxRatesEditor::appendRate(const core::TaxRateSetup& rate, bool codeLocked)
{
    auto* code = new QStandardItem(rate.code);
    if (codeLocked) {
        code->setEditable(false);
        code->setToolTip(tr("Products refer to this code, so it stays; the name and rate can change."));
    }
    auto* inclusive = new QStandardItem;
    inclusive->setCheckable(true);
    inclusive->setEditable(false);
    inclusive->setCheckState(rate.inclusive ? Qt::Checked : Qt::Unchecked);
    m_model->appendRow(
        {code, new QStandardItem(rate.name), new QStandardItem(percentText(rate.rateBasisPoints)), inclusive});
}

std::optional<std::vector<core::TaxRateSetup>> TaxRatesEditor::parsed(QStringList& problems) const
{
    std::vector<core::TaxRateSetup> rates;
    const qsizetype before = problems.size();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        core::TaxRateSetup rate;
        rate.code = m_model->item(row, CodeColumn)->text().trimmed();
        rate.name = m_model->item(row, NameColumn)->text().trimmed();
        const auto basisPoints = core::StoreSetupRules::parsePercent(m_model->item(row, RateColumn)->text());
        if (!basisPoints)
            problems << tr("The rate of \"%1\" must be a percentage such as 20 or 5.5.").arg(rate.code);
        rate.rateBasisPoints = basisPoints.value_or(0);
        rate.inclusive = m_model->item(row, InclusiveColumn)->checkState() == Qt::Checked;
        rates.push_back(rate);
    }
    problems << core::StoreSetupRules::taxRateProblems(rates);
    if (problems.size() != before)
        return std::nullopt;
    return rates;
}

} // namespace ss::ui
