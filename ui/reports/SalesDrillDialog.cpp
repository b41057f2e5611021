// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesDrillDialog.h"

#include "FileExport.h"
#include "MoneyFormat.h"
#include "export/Csv.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

SalesDrillDialog::SalesDrillDialog(core::ReportsPort& reports, const QString& actorUid,
    const core::reports::Period& period, const core::reports::SalesDrill& drill, const QString& title, QString currency,
    QWidget* parent)
    : QDialog(parent)
    , m_currency(std::move(currency))
    , m_summary(new QLabel(tr("Looking them up…"), this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_export(new QPushButton(tr("Export as CSV…"), this))
{
    setObjectName(QStringLiteral("salesDrillDialog"));
    setWindowTitle(title);
    resize(820, 520);
    m_model->setHorizontalHeaderLabels(
        {tr("Receipt"), tr("When (UTC)"), tr("Cashier"), tr("Customer"), tr("Purchase no."), tr("Total")});
    m_table->setObjectName(QStringLiteral("salesDrillTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_export->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &SalesDrillDialog::exportCsv);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b> — %2 to %3")
                       .arg(title.toHtmlEscaped(), period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
            this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    reports.salesRows(actorUid, period, drill, kMaxRows)
        .then(this, [this](const core::Result<core::ReportSales>& sales) {
            if (!sales) {
                m_summary->setText(sales.error().code == core::ErrorCode::PermissionDenied
                        ? tr("Only the owner sees the sales behind the figures.")
                        : tr("The sales could not be read. Nothing was changed."));
                return;
            }
            show(*sales);
        });
}

SalesDrillDialog::~SalesDrillDialog() = default;

void SalesDrillDialog::show(const core::ReportSales& sales)
{
    m_sales = sales;
    for (const core::ReportSaleRow& sale : sales.rows) {
        QList<QStandardItem*> items {new QStandardItem(sale.receiptNo),
            new QStandardItem(sale.atUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), new QStandardItem(sale.cashier),
            new QStandardItem(sale.customer.isEmpty() ? tr("(not captured)") : sale.customer),
            new QStandardItem(sale.orderNo > 0 ? QString::number(sale.orderNo) : QString()),
            new QStandardItem(formatMoney(core::Money::fromMinor(sale.totalMinor), m_currency))};
        for (int column : {4, 5})
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items); // the model owns its items
    }
    m_summary->setText(sales.total > static_cast<qint64>(sales.rows.size())
            ? tr("%1 sales; the latest %2 are listed.").arg(sales.total).arg(sales.rows.size())
            : tr("%1 sales, the latest first.").arg(sales.total));
    m_export->setEnabled(!sales.rows.empty());
}

void SalesDrillDialog::exportCsv()
{
    QByteArray csv = core::csvRow({QStringLiteral("receipt"), QStringLiteral("at_utc"), QStringLiteral("cashier"),
        QStringLiteral("customer"), QStringLiteral("purchase_no"), QStringLiteral("total")});
    for (const core::ReportSaleRow& sale : m_sales.rows) {
        csv += core::csvRow({sale.receiptNo, sale.atUtc.toString(Qt::ISODate), sale.cashier, sale.customer,
            sale.orderNo > 0 ? QString::number(sale.orderNo) : QString(),
            core::Money::fromMinor(sale.totalMinor).toDecimalString()});
    }
    const QString said = exportToFile(this, tr("Export sales"), QStringLiteral("sales.csv"), tr("CSV (*.csv)"), csv);
    if (!said.isEmpty())
        m_summary->setText(said);
}

} // namespace ss::ui
