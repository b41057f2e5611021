// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDownDialog.h"

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

DrillDownDialog::DrillDownDialog(core::ReportsPort& reports, QString actorUid,
    const core::reports::RepeatReport& report, const core::reports::DrillDown& drill, QString title, QString currency,
    QWidget* parent)
    : QDialog(parent)
    , m_currency(std::move(currency))
    , m_summary(new QLabel(tr("Looking them up…"), this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_export(new QPushButton(tr("Export as CSV…"), this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("drillDownDialog"));
    resize(760, 520);
    m_model->setHorizontalHeaderLabels({tr("No."), tr("Customer"), tr("Purchases"), tr("Spent in all"),
        tr("First purchase"), tr("Last purchase"), tr("Today")});
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_export->setObjectName(QStringLiteral("drillExport"));
    m_export->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    std::vector<qint64> ids = core::reports::customersBehind(report, drill);
    const std::size_t total = ids.size();
    if (ids.size() > kMaxRows)
        ids.resize(kMaxRows);
    m_summary->setText(tr("%1 customers. Looking them up…").arg(total));
    reports.customerRows(actorUid, ids, report)
        .then(this, [this, total](const core::Result<std::vector<core::ReportCustomerRow>>& rows) {
            if (!rows) {
                m_summary->setText(rows.error().code == core::ErrorCode::PermissionDenied
                        ? tr("Only the owner sees who the customers are.")
                        : tr("The customers could not be read. Nothing was changed."));
                return;
            }
            show(*rows);
            m_summary->setText(total > rows->size()
                    ? tr("%1 customers; the %2 who spent most are listed.").arg(total).arg(rows->size())
                    : tr("%1 customers, those who spent most first.").arg(total));
        });
}

DrillDownDialog::~DrillDownDialog() = default;

void DrillDownDialog::show(const std::vector<core::ReportCustomerRow>& rows)
{
    m_rows = rows;
    for (const core::ReportCustomerRow& row : rows) {
        QList<QStandardItem*> items {new QStandardItem(QString::number(row.number)), new QStandardItem(row.name),
            new QStandardItem(QString::number(row.orders)),
            new QStandardItem(formatMoney(core::Money::fromMinor(row.revenueMinor), m_currency)),
            new QStandardItem(row.firstUtc.date().toString(Qt::ISODate)),
            new QStandardItem(row.lastUtc.date().toString(Qt::ISODate)), new QStandardItem(row.segment)};
        for (int column : {0, 2, 3})
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items); // the model owns its items
    }
    m_export->setEnabled(!rows.empty());
}

void DrillDownDialog::exportCsv()
{
    QByteArray csv = core::csvRow(
        {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("purchases"), QStringLiteral("spent"),
            QStringLiteral("first_purchase"), QStringLiteral("last_purchase"), QStringLiteral("segment")});
    for (const core::ReportCustomerRow& row : m_rows) {
        csv += core::csvRow({QString::number(row.number), row.name, QString::number(row.orders),
            core::Money::fromMinor(row.revenueMinor).toDecimalString(), row.firstUtc.date().toString(Qt::ISODate),
            row.lastUtc.date().toString(Qt::ISODate), row.segment});
    }
    const QString said
        = exportToFile(this, tr("Export customers"), QStringLiteral("customers.csv"), tr("CSV (*.csv)"), csv);
    if (!said.isEmpty())
        m_summary->setText(said);
}

} // namespace ss::ui
