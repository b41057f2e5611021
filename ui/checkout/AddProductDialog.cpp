// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddProductDialog.h"

#include "MoneyFormat.h"
#include "ports/CatalogPort.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ss::ui {

AddProductDialog::AddProductDialog(core::CatalogPort& catalog, QString barcode, QString cashierUid, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_barcode(std::move(barcode))
    , m_cashierUid(std::move(cashierUid))
{
    setObjectName(QStringLiteral("addProductDialog"));
    setWindowTitle(tr("Add a product"));
    auto* form = new QFormLayout(this);
    auto* code = new QLabel(m_barcode, this);
    code->setTextFormat(Qt::PlainText);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newProductNameLineEdit"));
    m_name->setMaxLength(120);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("newProductPriceLineEdit"));
    m_price->setPlaceholderText(tr("e.g. 12.99"));
    m_tax = new QComboBox(this);
    m_tax->setObjectName(QStringLiteral("newProductTaxComboBox"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color:#b42318;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addProductConfirmButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add and ring up"));
    form->addRow(tr("Barcode"), code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Price"), m_price);
    form->addRow(tr("Tax"), m_tax);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddProductDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_catalog.taxClasses().then(this, [this](const core::Result<std::vector<core::TaxClassInfo>>& classes) {
        if (!classes)
            return;
        for (const core::TaxClassInfo& tax : *classes)
            m_tax->addItem(tax.name, tax.code);
    });
}

AddProductDialog::~AddProductDialog() = default;

void AddProductDialog::submit()
{
    const auto price = parseMoney(m_price->text());
    if (m_name->text().trimmed().isEmpty() || !price || m_tax->currentIndex() < 0) {
        m_message->setText(tr("Give the product a name, a price such as 12.99 and a tax class."));
        return;
    }
    const core::NewProduct product {m_barcode, m_name->text(), *price, m_tax->currentData().toString()};
    m_catalog.addProduct(product, m_cashierUid).then(this, [this](const core::Result<core::ProductSnapshot>& added) {
        if (!added) {
            m_message->setText(added.error().code == core::ErrorCode::AlreadyExists
                    ? tr("That barcode is already in the catalogue.")
                    : tr("The product could not be added."));
            return;
        }
        emit this->added(*added);
        accept();
    });
}

} // namespace ss::ui
