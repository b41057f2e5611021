// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductDialog.h"

#include "FormFields.h"
#include "MoneyFormat.h"
#include "catalog/CategoryTree.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QLineEdit* moneyEdit(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setMaximumWidth(160);
    return edit;
}

} // namespace

ProductDialog::ProductDialog(core::BackOfficePort& backOffice, QString actorUid, QString productUid, QWidget* parent)
    : QDialog(parent)
    , m_backOffice(backOffice)
    , m_actorUid(std::move(actorUid))
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(moneyEdit(this, "productPriceEdit", tr("12.99")))
    , m_cost(moneyEdit(this, "productCostEdit", tr("unknown")))
    , m_tax(new QComboBox(this))
    , m_barcodes(linesEdit(this, QStringLiteral("productBarcodesEdit"), 4))
    , m_reorder(new QSpinBox(this))
    , m_problems(problemLabel(this))
{
    setObjectName(QStringLiteral("productDialog"));
    m_draft.uid = std::move(productUid);
    setWindowTitle(m_draft.uid.isEmpty() ? tr("New product") : tr("Edit product"));
    m_sku->setObjectName(QStringLiteral("productSkuEdit"));
    m_sku->setMaxLength(core::ProductImport::kMaxSku);
    m_name->setObjectName(QStringLiteral("productNameEdit"));
    m_name->setMaxLength(core::ProductImport::kMaxName);
    m_category->setObjectName(QStringLiteral("productCategoryCombo"));
    m_category->setEditable(true); // a new name makes a new category
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_tax->setObjectName(QStringLiteral("productTaxCombo"));
    m_barcodes->setPlaceholderText(tr("One code a line: the maker's EAN first, then your own"));
    m_reorder->setObjectName(QStringLiteral("productReorderSpin"));
    m_reorder->setRange(-1, 100000);
    m_reorder->setSpecialValueText(tr("the shop's general threshold")); // shown for -1
    m_reorder->setValue(-1);

    auto* stock = new QLabel(tr("Stock changes in the Stock tab, where every change is recorded."), this);
    stock->setObjectName(QStringLiteral("productStockLabel"));
    stock->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("C&ost:"), m_cost);
    form->addRow(tr("&Tax class:"), m_tax);
    form->addRow(tr("&Barcodes:"), m_barcodes);
    form->addRow(tr("&Reorder at or below:"), m_reorder);
    form->addRow(stock);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveProductButton"));
    m_save->setEnabled(false); // until the tax classes (and the product) are read
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(560, 480);

    m_backOffice.categoryTree().then(this, [this](const core::Result<std::vector<core::CategoryNode>>& nodes) {
        const QString typed = m_category->currentText();
        const core::CategoryTree tree(nodes.value_or(std::vector<core::CategoryNode> {}));
        m_category->addItem(QString(), QString());
        for (const core::CategoryNode* node : tree.ordered())
            m_category->addItem(tree.path(node->uid), node->uid);
        selectCategory(m_draft.categoryUid, typed);
    });
    m_backOffice.taxCodes().then(this, [this](const core::Result<QStringList>& codes) {
        if (!codes) {
            m_problems->setText(tr("The tax classes could not be read; nothing can be saved."));
            return;
        }
        const QString chosen = m_tax->currentText();
        m_tax->addItems(*codes);
        if (!chosen.isEmpty())
            m_tax->setCurrentText(chosen);
        if (m_draft.uid.isEmpty()) {
            m_save->setEnabled(true);
            return;
        }
        m_backOffice.product(m_draft.uid).then(this, [this](const core::Result<core::ProductDraft>& draft) {
            if (!draft) {
                m_problems->setText(tr("The product could not be read; nothing can be saved."));
                return;
            }
            showDraft(*draft);
            m_save->setEnabled(true);
        });
    });
}

void ProductDialog::selectCategory(const QString& uid, const QString& text)
{
    const int index = uid.isEmpty() ? -1 : m_category->findData(uid);
    if (index >= 0)
        m_category->setCurrentIndex(index);
    else
        m_category->setCurrentText(text);
}

void ProductDialog::showDraft(const core::ProductDraft& draft)
{
    m_draft = draft;
    m_sku->setText(draft.sku);
    m_name->setText(draft.name);
    selectCategory(draft.categoryUid, draft.category);
    m_price->setText(draft.price.toDecimalString());
    m_cost->setText(draft.cost ? draft.cost->toDecimalString() : QString());
    m_tax->setCurrentText(draft.taxCode);
    m_barcodes->setPlainText(draft.barcodes.join(u'\n'));
    m_reorder->setValue(draft.reorderLevel ? static_cast<int>(*draft.reorderLevel) : -1);
}

std::optional<core::ProductDraft> ProductDialog::fromForm(QStringList& problems) const
{
    core::ProductDraft draft = m_draft;
    draft.sku = m_sku->text();
    draft.name = m_name->text();
    // A path from the list is that category; anything else typed is a new top-level one.
    const int chosen = m_category->findText(m_category->currentText());
    draft.categoryUid = chosen >= 0 ? m_category->itemData(chosen).toString() : QString();
    draft.category = chosen >= 0 ? QString() : m_category->currentText();
    const auto price = parseMoney(m_price->text());
    if (!price)
        problems << tr("Type the price as an amount such as 12.99.");
    draft.price = price.value_or(core::Money {});
    draft.cost.reset();
    if (!m_cost->text().trimmed().isEmpty()) {
        if (const auto cost = parseMoney(m_cost->text()))
            draft.cost = *cost;
        else
            problems << tr("Type the cost as an amount such as 7.50, or leave it empty.");
    }
    draft.taxCode = m_tax->currentText();
    draft.barcodes = m_barcodes->toPlainText().split(u'\n');
    draft.reorderLevel = m_reorder->value() < 0 ? std::nullopt : std::optional<qint64>(m_reorder->value());
    draft = core::ProductDraftRules::normalised(draft);
    problems << core::ProductDraftRules::problems(draft);
    if (!problems.isEmpty())
        return std::nullopt;
    return draft;
}

void ProductDialog::save()
{
    QStringList problems;
    const auto draft = fromForm(problems);
    m_problems->setText(problems.join(u'\n'));
    if (!draft)
        return;
    m_save->setEnabled(false);
    m_backOffice.saveProduct(m_actorUid, *draft).then(this, [this](const core::Result<QString>& uid) {
        m_save->setEnabled(true);
        if (!uid) {
            switch (uid.error().code) {
            case core::ErrorCode::InvalidArgument:
            case core::ErrorCode::AlreadyExists: m_problems->setText(uid.error().detail); break;
            case core::ErrorCode::PermissionDenied:
                m_problems->setText(tr("The owner keeps product changes for themselves. Nothing was saved."));
                break;
            default: m_problems->setText(tr("The product could not be saved. Nothing was changed."));
            }
            return;
        }
        emit saved(*uid);
        accept();
    });
}

} // namespace ss::ui
