// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoriesPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

CategoriesPanel::CategoriesPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent)
    : QWidget(parent)
    , m_backOffice(backOffice)
    , m_actor(std::move(actor))
    , m_view(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("categoriesPanel"));
    m_view->setObjectName(QStringLiteral("categoryTree"));
    m_view->setHeaderLabels({tr("Category"), tr("Products")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_name->setObjectName(QStringLiteral("categoryNameEdit"));
    m_name->setMaxLength(core::CategoryTree::kMaxName);
    m_parent->setObjectName(QStringLiteral("categoryParentCombo"));
    m_message->setObjectName(QStringLiteral("categoryMessage"));
    m_message->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add as a new category"), this);
    add->setObjectName(QStringLiteral("addCategoryButton"));
    auto* save = new QPushButton(tr("&Rename / move the selected one"), this);
    save->setObjectName(QStringLiteral("saveCategoryButton"));
    auto* remove = new QPushButton(tr("Re&move the selected one"), this);
    remove->setObjectName(QStringLiteral("removeCategoryButton"));
    connect(add, &QPushButton::clicked, this, &CategoriesPanel::addFromForm);
    connect(save, &QPushButton::clicked, this, &CategoriesPanel::saveSelected);
    connect(remove, &QPushButton::clicked, this, &CategoriesPanel::removeSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CategoriesPanel::showSelected);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Under:"), m_parent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    reload();
}

void CategoriesPanel::reload()
{
    m_backOffice.categoryTree().then(this, [this](const core::Result<std::vector<core::CategoryNode>>& nodes) {
        if (!nodes) {
            m_message->setText(tr("The categories could not be read."));
            return;
        }
        const QString kept = selectedUid();
        m_tree = core::CategoryTree(*nodes);
        m_view->clear();
        m_parent->clear();
        m_parent->addItem(tr("(the top level)"), QString());
        QHash<QString, QTreeWidgetItem*> items;
        for (const core::CategoryNode* node : m_tree.ordered()) {
            QTreeWidgetItem* parentItem = items.value(node->parentUid);
            auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_view);
            item->setText(0, node->name);
            item->setText(1, QString::number(node->productCount));
            item->setData(0, Qt::UserRole, node->uid);
            items.insert(node->uid, item);
            m_parent->addItem(m_tree.path(node->uid), node->uid);
        }
        m_view->expandAll();
        if (QTreeWidgetItem* again = items.value(kept))
            m_view->setCurrentItem(again);
        emit loaded();
    });
}

QString CategoriesPanel::selectedUid() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CategoriesPanel::showSelected()
{
    const core::CategoryNode* node = m_tree.find(selectedUid());
    if (!node)
        return;
    m_name->setText(node->name);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(node->parentUid)));
}

void CategoriesPanel::addFromForm()
{
    const QString name = m_name->text();
    const QString parentUid = m_parent->currentData().toString();
    if (const auto problem = m_tree.problem({}, name, parentUid)) {
        m_message->setText(*problem);
        return;
    }
    m_backOffice.saveCategory(m_actor.uid, {}, name, parentUid)
        .then(this, [this, name](const core::Result<QString>& saved) {
            finished(tr("\"%1\" is added.").arg(name.trimmed()), saved ? QString() : saved.error().detail,
                saved.has_value());
        });
}

void CategoriesPanel::saveSelected()
{
    const QString uid = selectedUid();
    if (uid.isEmpty()) {
        m_message->setText(tr("Choose the category in the tree first."));
        return;
    }
    const QString name = m_name->text();
    const QString parentUid = m_parent->currentData().toString();
    if (const auto problem = m_tree.problem(uid, name, parentUid)) {
        m_message->setText(*problem);
        return;
    }
    m_backOffice.saveCategory(m_actor.uid, uid, name, parentUid).then(this, [this](const core::Result<QString>& saved) {
        finished(tr("The category is saved."), saved ? QString() : saved.error().detail, saved.has_value());
    });
}

void CategoriesPanel::removeSelected()
{
    const QString uid = selectedUid();
    if (const auto problem
        = uid.isEmpty() ? std::optional(tr("Choose the category in the tree first.")) : m_tree.removalProblem(uid)) {
        m_message->setText(*problem);
        return;
    }
    m_backOffice.removeCategory(m_actor.uid, uid).then(this, [this](const core::Result<bool>& removed) {
        finished(tr("The category is removed."), removed ? QString() : removed.error().detail, removed.has_value());
    });
}

void CategoriesPanel::finished(const QString& done, const QString& failure, bool ok)
{
    // The store's own words for a refused change (a rule, a permission), else a plain failure.
    m_message->setText(ok ? done : failure.isEmpty() ? tr("That could not be saved.") : failure);
    if (ok) {
        reload();
        emit changed();
    }
}

} // namespace ss::ui
