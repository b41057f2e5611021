// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalDialog.h"

#include "ports/StaffPort.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

ApprovalDialog::ApprovalDialog(core::StaffPort& staff, const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_staff(staff)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Manager approval"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation
        = new QLabel(tr("%1 needs a manager. Manager, choose your name and enter your PIN.").arg(what), this);
    explanation->setWordWrap(true);
    m_approver = new QComboBox(this);
    m_approver->setObjectName(QStringLiteral("approverComboBox"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("approverPinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Manager PIN"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color:#b42318;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    layout->addWidget(explanation);
    layout->addWidget(m_approver);
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_staff.activeStaff().then(this, [this](const core::Result<std::vector<core::CashierRecord>>& people) {
        if (!people)
            return;
        for (const core::CashierRecord& person : *people) {
            if (person.role != core::Role::Cashier)
                m_approver->addItem(person.name, person.uid);
        }
    });
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::requireManager(core::StaffPort& staff, const core::CashierRecord& current, const QString& what,
    QWidget* parent, const std::function<void(core::Role)>& then)
{
    if (current.role != core::Role::Cashier) {
        then(current.role);
        return;
    }
    auto* dialog = new ApprovalDialog(staff, what, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approved, parent, then);
    dialog->open();
}

void ApprovalDialog::requireManagerInPerson(core::StaffPort& staff, const core::CashierRecord& current,
    const QString& what, QWidget* parent, const std::function<void(const core::CashierRecord&)>& then)
{
    if (current.role != core::Role::Cashier) {
        then(current);
        return;
    }
    auto* dialog = new ApprovalDialog(staff, what, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approvedBy, parent, then);
    dialog->open();
}

void ApprovalDialog::check()
{
    const QString uid = m_approver->currentData().toString();
    if (uid.isEmpty())
        return;
    const QString pin = m_pin->text();
    m_pin->clear();
    m_staff.verifyPin(uid, pin).then(this, [this](const core::Result<std::optional<core::CashierRecord>>& verified) {
        if (!verified || !*verified || (*verified)->role == core::Role::Cashier) {
            m_message->setText(tr("Not approved: wrong PIN."));
            return;
        }
        emit approved((*verified)->role);
        emit approvedBy(**verified);
        accept();
    });
}

} // namespace ss::ui
