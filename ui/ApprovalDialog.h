// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ss::core {
class StaffPort;
}

namespace ss::ui {

/// A manager (or the owner) approves something the cashier may not do alone: they pick their name
/// and type their PIN on the cashier's screen.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    ApprovalDialog(core::StaffPort& staff, const QString& what, QWidget* parent = nullptr);
    ~ApprovalDialog() override;

    /// Runs `then` with `current`'s role straight away when they are a manager or the owner;
    /// for a cashier, first asks a manager for their PIN and runs it with the manager's role.
    static void requireManager(core::StaffPort& staff, const core::CashierRecord& current, const QString& what,
        QWidget* parent, const std::function<void(core::Role)>& then);
    /// The same, for work done in a manager's own name (the audit log names them): `then` gets the
    /// member of staff who approved, or `current` when they are a manager or the owner themselves.
    static void requireManagerInPerson(core::StaffPort& staff, const core::CashierRecord& current, const QString& what,
        QWidget* parent, const std::function<void(const core::CashierRecord&)>& then);

signals:
    void approved(ss::core::Role role);
    void approvedBy(const ss::core::CashierRecord& approver);

private:
    void check();

    core::StaffPort& m_staff;
    QComboBox* m_approver = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
