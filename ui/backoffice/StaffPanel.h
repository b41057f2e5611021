// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackOfficePort.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// Staff accounts in the back office: who works here, their role, whether they may log in; add
/// someone, reset a PIN (typed twice, never shown), deactivate or reactivate, change a role. The
/// store decides what the acting person may do and says why when not.
class StaffPanel final : public QWidget
{
    Q_OBJECT

public:
    StaffPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent = nullptr);

    void reload();
    /// Adds someone with the form's name, role and PIN (the "Add" button).
    void addFromForm();
    /// Applies the form's PIN to the selected person (the "Reset PIN" button).
    void resetSelectedPin();
    void toggleSelectedActive();
    void setSelectedRole();

signals:
    void changed();

private:
    [[nodiscard]] std::optional<core::StaffMember> selected() const;
    [[nodiscard]] std::optional<QString> typedPin();
    void finished(const core::Result<bool>& result, const QString& done);

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    std::vector<core::StaffMember> m_staff;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    QLabel* m_message;
};

} // namespace ss::ui
