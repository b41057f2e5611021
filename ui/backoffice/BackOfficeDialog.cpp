// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackOfficeDialog.h"

#include "CatalogPanel.h"
#include "CategoriesPanel.h"
#include "FileExport.h"
#include "ImportWizard.h"
#include "SettingsPanel.h"
#include "StaffPanel.h"
#include "StockPanel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ss::ui {

BackOfficeDialog::BackOfficeDialog(
    core::BackOfficePort& backOffice, core::CashierRecord actor, core::StoreSettingsPort* settings, QWidget* parent)
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
    m_catalogue = new CatalogPanel(m_backOffice, m_actor, catalogue);
    connect(m_catalogue, &CatalogPanel::labelsQueued, this, &BackOfficeDialog::printQueued);
    catalogueLayout->addWidget(m_catalogue, 1);
    m_files = new QWidget(catalogue);
    auto* files = new QHBoxLayout(m_files);
    files->setContentsMargins({});
    files->addWidget(import);
    files->addWidget(exported);
    files->addStretch();
    catalogueLayout->addWidget(m_files);
    catalogueLayout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("backOfficeTabs"));
    m_tabs->addTab(catalogue, tr("&Products"));
    auto* categories = new CategoriesPanel(m_backOffice, m_actor, this);
    m_categories = categories;
    connect(categories, &CategoriesPanel::changed, m_catalogue, &CatalogPanel::reloadCategories);
    m_tabs->addTab(m_categories, tr("&Categories"));
    m_stock = new StockPanel(m_backOffice, m_actor, this);
    m_tabs->addTab(m_stock, tr("S&tock"));
    m_staffPanel = new StaffPanel(m_backOffice, m_actor, this);
    m_tabs->addTab(m_staffPanel, tr("&Staff"));
    if (settings && m_actor.role == core::Role::Owner) {
        auto* panel = new SettingsPanel(*settings, m_actor, this);
        connect(panel, &SettingsPanel::settingsSaved, this, &BackOfficeDialog::settingsSaved);
        m_tabs->addTab(panel, tr("Store s&ettings"));
    } else if (settings && m_actor.role == core::Role::Manager) {
        settings->settings().then(this, [this](const core::Result<core::StoreSettings>& read) {
            if (read)
                limitTo(read->permissions);
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1040, 680);
}

void BackOfficeDialog::limitTo(const core::RolePermissions& permissions)
{
    const auto may = [&](core::Permission permission) { return permissions.allows(m_actor.role, permission); };
    m_files->setEnabled(may(core::Permission::ImportExport));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_categories), may(core::Permission::Catalogue));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_stock), may(core::Permission::Stock));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_staffPanel), may(core::Permission::StaffAccounts));
    if (!may(core::Permission::ImportExport) || !may(core::Permission::Stock) || !may(core::Permission::StaffAccounts)
        || !may(core::Permission::Catalogue))
        m_message->setText(tr("Greyed-out parts are the owner's only (Store settings → What managers may do)."));
}

void BackOfficeDialog::setLabelPrinting(const QString& currency, const ShelfLabelSheet::Bars& bars)
{
    m_catalogue->setLabelPrinting(currency, bars);
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
