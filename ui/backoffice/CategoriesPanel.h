// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CategoryTree.h"
#include "ports/BackOfficePort.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace ss::ui {

/// The category tree in the back office: add a category at the top or under another, rename it,
/// move it (never inside itself), remove an empty one. Products list under their category with
/// the count beside it; the catalogue's filter on a category includes its subcategories.
class CategoriesPanel final : public QWidget
{
    Q_OBJECT

public:
    CategoriesPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent = nullptr);

    void reload();
    /// A new category with the form's name under the form's parent (the "Add" button).
    void addFromForm();
    /// The selected category renamed and moved as the form says (the "Save" button).
    void saveSelected();
    void removeSelected();
    [[nodiscard]] const core::CategoryTree& tree() const { return m_tree; }

signals:
    void loaded();
    void changed();

private:
    [[nodiscard]] QString selectedUid() const;
    void showSelected();
    void finished(const QString& done, const QString& failure, bool ok);

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    core::CategoryTree m_tree {{}};
    QTreeWidget* m_view;
    QLineEdit* m_name;
    QComboBox* m_parent;
    QLabel* m_message;
};

} // namespace ss::ui
