// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockPanel.h"

#include "MoneyFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

StockPanel::StockPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent)
    : QWidget(parent)
    , m_backOffice(backOffice)
    , m_actor(std::move(actor))
    , m_code(new QLineEdit(this))
    , m_found(new QLabel(tr("Scan or type a barcode or SKU, then Return."), this))
    , m_reason(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_cost(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_low(new QStandardItemModel(0, 3, this))
    , m_lowTable(new QTableView(this))
{
    setObjectName(QStringLiteral("stockPanel"));
    m_code->setObjectName(QStringLiteral("stockCodeEdit"));
    m_found->setObjectName(QStringLiteral("stockFoundLabel"));
    m_reason->setObjectName(QStringLiteral("stockReasonCombo"));
    m_quantity->setObjectName(QStringLiteral("stockQuantitySpin"));
    m_cost->setObjectName(QStringLiteral("stockCostEdit"));
    m_message->setObjectName(QStringLiteral("stockMessage"));
    m_threshold->setObjectName(QStringLiteral("lowStockSpin"));
    m_lowTable->setObjectName(QStringLiteral("lowStockTable"));
    m_message->setWordWrap(true);
    for (const core::StockReason reason : {core::StockReason::Receive, core::StockReason::Count,
             core::StockReason::Damaged, core::StockReason::Theft, core::StockReason::Correction})
        m_reason->addItem(core::StockRules::reasonName(reason), static_cast<int>(reason));
    m_quantity->setRange(-1'000'000, 1'000'000);
    m_quantity->setValue(1);
    m_cost->setPlaceholderText(tr("optional, for margins: 7.50"));
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        m_cost->setEnabled(
            static_cast<core::StockReason>(m_reason->currentData().toInt()) == core::StockReason::Receive);
    });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { find(m_code->text()); });
    auto* save = new QPushButton(tr("&Save the change"), this);
    save->setObjectName(QStringLiteral("saveStockButton"));
    connect(save, &QPushButton::clicked, this, &StockPanel::save);

    m_threshold->setRange(0, 1000);
    m_threshold->setValue(2);
    m_threshold->setPrefix(tr("at most "));
    connect(m_threshold, &QSpinBox::valueChanged, this, &StockPanel::reloadLowStock);
    m_low->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("In stock")});
    m_lowTable->setModel(m_low);
    m_lowTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lowTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lowTable->verticalHeader()->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Product:"), m_code);
    form->addRow(QString(), m_found);
    form->addRow(tr("&What happened:"), m_reason);
    form->addRow(tr("&How many:"), m_quantity);
    form->addRow(tr("&Unit cost:"), m_cost);
    form->addRow(QString(), save);
    form->addRow(m_message);
    auto* lowRow = new QHBoxLayout;
    lowRow->addWidget(new QLabel(tr("Running low:"), this));
    lowRow->addWidget(m_threshold);
    lowRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lowRow);
    layout->addWidget(m_lowTable, 1);
    reloadLowStock();
}

void StockPanel::find(const QString& code)
{
    m_backOffice.stockLine(code).then(this, [this](const core::Result<std::optional<core::StockLine>>& line) {
        m_product = line ? *line : std::nullopt;
        m_found->setText(m_product
                ? tr("%1 — %2: %3 in stock").arg(m_product->sku, m_product->name).arg(m_product->stock)
                : tr("No product has that code."));
    });
}

void StockPanel::save()
{
    if (!m_product) {
        m_message->setText(tr("Scan or type the product first."));
        return;
    }
    core::StockChange change;
    change.productUid = m_product->uid;
    change.reason = static_cast<core::StockReason>(m_reason->currentData().toInt());
    change.quantity = m_quantity->value();
    if (m_cost->isEnabled() && !m_cost->text().trimmed().isEmpty()) {
        const auto cost = parseMoney(m_cost->text());
        if (!cost) {
            m_message->setText(tr("Type the cost as an amount such as 7.50."));
            return;
        }
        change.unitCost = *cost;
    }
    if (const auto problem = core::StockRules::problem(change)) {
        m_message->setText(*problem);
        return;
    }
    m_backOffice.recordStock(m_actor.uid, change).then(this, [this](const core::Result<qint64>& after) {
        if (!after) {
            m_message->setText(after.error().code == core::ErrorCode::InvalidArgument
                    ? after.error().detail
                    : tr("The change could not be saved. Nothing was changed."));
            emit saved(false);
            return;
        }
        m_product->stock = *after;
        m_found->setText(tr("%1 — %2: %3 in stock").arg(m_product->sku, m_product->name).arg(*after));
        m_message->setText(tr("Saved: %1 now has %2 in stock.").arg(m_product->name).arg(*after));
        reloadLowStock();
        emit saved(true);
    });
}

void StockPanel::reloadLowStock()
{
    m_backOffice.lowStock(m_threshold->value())
        .then(this, [this](const core::Result<std::vector<core::StockLine>>& lines) {
            m_low->removeRows(0, m_low->rowCount());
            for (const core::StockLine& line : lines.value_or(std::vector<core::StockLine> {}))
                m_low->appendRow({new QStandardItem(line.sku), new QStandardItem(line.name),
                    new QStandardItem(QString::number(line.stock))});
            emit lowStockLoaded();
        });
}

} // namespace ss::ui
