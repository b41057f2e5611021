// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackOfficeDialog.h"

#include "CatalogPanel.h"
#include "FileExport.h"
#include "ImportWizard.h"
#include "StaffPanel.h"
#include "StockPanel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ss::ui {

BackOfficeDialog::BackOfficeDialog(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent)
    : QDialog(parent)
    , m_backOffice(backOffice)
    , m_actor(std::move(actor))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("backOfficeDialog"));
    setWindowTitle(tr("Back office — %1").arg(m_actor.name));
    auto* import = new QPushButton(tr("&Import products from a spreadsheet…"), this);
    import->setObjectName(QStringLiteral("importProductsButton"));
    auto* exported = new QPushButton(tr("&Export all products as CSV…"), this);
    exported->setObjectName(QStringLiteral("exportProductsButton"));
    m_message->setObjectName(QStringLiteral("backOfficeMessage"));
    m_message->setWordWrap(true);
    connect(import, &QPushButton::clicked, this, &BackOfficeDialog::openImport);
    connect(exported, &QPushButton::clicked, this, &BackOfficeDialog::exportProducts);
    auto* catalogue = new QWidget(this);
    auto* catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->addWidget(new CatalogPanel(m_backOffice, m_actor, catalogue), 1);
    auto* files = new QHBoxLayout;
    files->addWidget(import);
    files->addWidget(exported);
    files->addStretch();
    catalogueLayout->addLayout(files);
    catalogueLayout->addWidget(m_message);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("backOfficeTabs"));
    tabs->addTab(catalogue, tr("&Products"));
    tabs->addTab(new StockPanel(m_backOffice, m_actor, this), tr("S&tock"));
    tabs->addTab(new StaffPanel(m_backOffice, m_actor, this), tr("&Staff"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    resize(980, 620);
}

void BackOfficeDialog::openImport()
{
    auto* wizard = new ImportWizard(m_backOffice, m_actor.uid, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this, wizard](bool imported) {
        if (imported && wizard->applied())
            m_message->setText(
                tr("Imported: %1 new, %2 updated.").arg(wizard->applied()->created).arg(wizard->applied()->updated));
    });
    wizard->open();
}

void BackOfficeDialog::exportProducts()
{
    m_backOffice.exportProducts(m_actor.uid).then(this, [this](const core::Result<QByteArray>& csv) {
        if (!csv) {
            m_message->setText(tr("The products could not be read. Nothing was written."));
            return;
        }
        m_message->setText(exportToFile(this, tr("Export products"),
            tr("products-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)), tr("CSV files (*.csv)"), *csv));
    });
}

} // namespace ss::ui
