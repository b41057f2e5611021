// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginScreen.h"

#include "ports/StaffPort.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
constexpr int kMaxFailures = 5;
constexpr int kLockoutMs = 30'000;

QString roleName(core::Role role)
{
    switch (role) {
    case core::Role::Owner: return LoginScreen::tr("Owner");
    case core::Role::Manager: return LoginScreen::tr("Manager");
    case core::Role::Cashier: return LoginScreen::tr("Cashier");
    }
    return {};
}
} // namespace

LoginScreen::LoginScreen(core::StaffPort& staff, QWidget* parent)
    : QWidget(parent)
    , m_staff(staff)
{
    setObjectName(QStringLiteral("loginScreen"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout();
    outer->addLayout(column, 2);
    outer->addStretch(1);

    auto* title = new QLabel(tr("Who is serving?"), this);
    title->setStyleSheet(QStringLiteral("font-size:28px; font-weight:600;"));
    m_staffList = new QListWidget(this);
    m_staffList->setObjectName(QStringLiteral("staffList"));
    m_staffList->setStyleSheet(QStringLiteral("QListWidget{font-size:22px;} QListWidget::item{padding:12px;}"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinLineEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), m_pin));
    m_pin->setStyleSheet(QStringLiteral("font-size:28px; padding:8px;"));
    m_login = new QPushButton(tr("Log in"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setMinimumHeight(56);
    m_login->setStyleSheet(QStringLiteral("font-size:22px;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessageLabel"));
    m_message->setStyleSheet(QStringLiteral("color:#b42318; font-size:18px;"));

    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(m_staffList, 3);
    column->addWidget(m_pin);
    column->addWidget(m_login);
    column->addWidget(m_message);
    column->addStretch(1);

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::logIn);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::logIn);
    connect(m_staffList, &QListWidget::itemActivated, this, [this] { m_pin->setFocus(); });
    m_lockout.setSingleShot(true);
    m_lockout.setInterval(kLockoutMs);
    connect(&m_lockout, &QTimer::timeout, this, [this] {
        m_failures = 0;
        m_login->setEnabled(true);
        m_pin->setEnabled(true);
        showMessage({});
    });
    reset();
}

LoginScreen::~LoginScreen() = default;

void LoginScreen::reset()
{
    m_pin->clear();
    showMessage({});
    m_staff.activeStaff().then(this, [this](const core::Result<std::vector<core::CashierRecord>>& staff) {
        m_staffList->clear();
        if (!staff) {
            showMessage(tr("The staff list could not be read."));
            return;
        }
        for (const core::CashierRecord& member : *staff) {
            auto* item = new QListWidgetItem(tr("%1 — %2").arg(member.name, roleName(member.role)), m_staffList);
            item->setData(Qt::UserRole, member.uid);
        }
        if (m_staffList->count() > 0)
            m_staffList->setCurrentRow(0);
        m_pin->setFocus();
    });
}

void LoginScreen::showMessage(const QString& text)
{
    m_message->setText(text);
}

void LoginScreen::logIn()
{
    QListWidgetItem* item = m_staffList->currentItem();
    if (!item) {
        showMessage(tr("Choose your name first."));
        return;
    }
    if (m_pin->text().size() < 4) {
        showMessage(tr("A PIN has at least four digits."));
        return;
    }
    m_login->setEnabled(false);
    const QString pin = m_pin->text();
    m_pin->clear();
    m_staff.verifyPin(item->data(Qt::UserRole).toString(), pin)
        .then(this, [this](const core::Result<std::optional<core::CashierRecord>>& verified) {
            m_login->setEnabled(true);
            if (!verified) {
                showMessage(tr("The PIN could not be checked. Try again."));
                return;
            }
            if (!*verified) {
                if (++m_failures >= kMaxFailures) {
                    m_login->setEnabled(false);
                    m_pin->setEnabled(false);
                    m_lockout.start();
                    showMessage(tr("Too many wrong PINs. Wait 30 seconds."));
                } else {
                    showMessage(tr("Wrong PIN."));
                }
                return;
            }
            m_failures = 0;
            showMessage({});
            emit loggedIn(**verified);
        });
}

} // namespace ss::ui
