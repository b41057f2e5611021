// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPanel.h"

#include "store/StoreSetup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString roleName(core::Role role)
{
    switch (role) {
    case core::Role::Cashier: return StaffPanel::tr("Cashier");
    case core::Role::Manager: return StaffPanel::tr("Manager");
    case core::Role::Owner: return StaffPanel::tr("Owner");
    }
    return {};
}

QLineEdit* pinField(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(core::StoreSetupRules::kMaxPinDigits);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    return edit;
}

} // namespace

StaffPanel::StaffPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent)
    : QWidget(parent)
    , m_backOffice(backOffice)
    , m_actor(std::move(actor))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_pin(pinField(this, "staffPinEdit"))
    , m_pinAgain(pinField(this, "staffPinAgainEdit"))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffPanel"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("May log in")});
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_name->setMaxLength(60);
    m_role->setObjectName(QStringLiteral("staffRoleCombo"));
    // Only the roles this person may give are offered; the store checks again.
    for (const core::Role role : {core::Role::Cashier, core::Role::Manager, core::Role::Owner})
        if (!core::StaffRules::mayGiveRole(m_actor.role, role))
            m_role->addItem(roleName(role), static_cast<int>(role));
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add this person"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    auto* reset = new QPushButton(tr("&Reset the selected person's PIN"), this);
    reset->setObjectName(QStringLiteral("resetPinButton"));
    auto* active = new QPushButton(tr("&Deactivate / reactivate"), this);
    active->setObjectName(QStringLiteral("toggleActiveButton"));
    auto* role = new QPushButton(tr("&Give the selected person this role"), this);
    role->setObjectName(QStringLiteral("setRoleButton"));
    connect(add, &QPushButton::clicked, this, &StaffPanel::addFromForm);
    connect(reset, &QPushButton::clicked, this, &StaffPanel::resetSelectedPin);
    connect(active, &QPushButton::clicked, this, &StaffPanel::toggleSelectedActive);
    connect(role, &QPushButton::clicked, this, &StaffPanel::setSelectedRole);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&PIN (4 to 8 digits):"), m_pin);
    form->addRow(tr("PIN a&gain:"), m_pinAgain);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, reset, active, role})
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    reload();
}

void StaffPanel::reload()
{
    m_backOffice.staff(m_actor.uid).then(this, [this](const core::Result<std::vector<core::StaffMember>>& staff) {
        m_model->removeRows(0, m_model->rowCount());
        if (!staff) {
            m_message->setText(tr("The staff list could not be read."));
            return;
        }
        m_staff = *staff;
        for (const core::StaffMember& member : m_staff)
            m_model->appendRow({new QStandardItem(member.record.name), new QStandardItem(roleName(member.record.role)),
                new QStandardItem(member.active ? tr("yes") : tr("no — deactivated"))});
        emit changed();
    });
}

std::optional<core::StaffMember> StaffPanel::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= static_cast<int>(m_staff.size()))
        return std::nullopt;
    return m_staff[static_cast<std::size_t>(current.row())];
}

std::optional<QString> StaffPanel::typedPin()
{
    if (!core::StoreSetupRules::isValidPin(m_pin->text())) {
        m_message->setText(tr("A PIN is 4 to 8 digits."));
        return std::nullopt;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        m_message->setText(tr("The two PINs differ: type the same PIN twice."));
        return std::nullopt;
    }
    return m_pin->text();
}

void StaffPanel::finished(const core::Result<bool>& result, const QString& done)
{
    // The store's reason is already in words for people (StaffRules); anything else is generic.
    m_message->setText(result ? done
            : result.error().code == core::ErrorCode::PermissionDenied
                || result.error().code == core::ErrorCode::InvalidArgument
            ? result.error().detail
            : tr("That could not be saved. Try again."));
    if (result) {
        m_pin->clear();
        m_pinAgain->clear();
    }
    reload();
}

void StaffPanel::addFromForm()
{
    const auto pin = typedPin();
    if (!pin)
        return;
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    m_backOffice.addStaff(m_actor.uid, m_name->text(), role, *pin)
        .then(this, [this](const core::Result<core::StaffMember>& added) {
            finished(added ? core::Result<bool>(true) : core::Result<bool>(std::unexpected(added.error())),
                added ? tr("%1 can log in now.").arg(added->record.name) : QString());
            if (added)
                m_name->clear();
        });
}

void StaffPanel::resetSelectedPin()
{
    const auto member = selected();
    if (!member) {
        m_message->setText(tr("Choose the person in the list first."));
        return;
    }
    const auto pin = typedPin();
    if (!pin)
        return;
    m_backOffice.resetPin(m_actor.uid, member->record.uid, *pin)
        .then(this, [this, name = member->record.name](const core::Result<bool>& result) {
            finished(result, tr("%1's PIN is changed.").arg(name));
        });
}

void StaffPanel::toggleSelectedActive()
{
    const auto member = selected();
    if (!member) {
        m_message->setText(tr("Choose the person in the list first."));
        return;
    }
    const bool active = !member->active;
    m_backOffice.setStaffActive(m_actor.uid, member->record.uid, active)
        .then(this, [this, active, name = member->record.name](const core::Result<bool>& result) {
            finished(result, active ? tr("%1 may log in again.").arg(name) : tr("%1 can no longer log in.").arg(name));
        });
}

void StaffPanel::setSelectedRole()
{
    const auto member = selected();
    if (!member) {
        m_message->setText(tr("Choose the person in the list first."));
        return;
    }
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    m_backOffice.setRole(m_actor.uid, member->record.uid, role)
        .then(this, [this, role, name = member->record.name](const core::Result<bool>& result) {
            finished(result, tr("%1 is now: %2.").arg(name, roleName(role)));
        });
}

} // namespace ss::ui
