// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QDialog>

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

signals:
    void approved(ss::core::Role role);

private:
    void check();

    core::StaffPort& m_staff;
    QComboBox* m_approver = nullptr;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
