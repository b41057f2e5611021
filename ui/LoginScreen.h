// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ss::core {
class StaffPort;
}

namespace ss::ui {

/// Who is serving: pick your name, type your PIN. Five wrong PINs in a row lock the form for 30 s.
class LoginScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginScreen)

public:
    explicit LoginScreen(core::StaffPort& staff, QWidget* parent = nullptr);
    ~LoginScreen() override;

    /// Reloads the staff list and clears the PIN (after a log-out).
    void reset();

signals:
    void loggedIn(const ss::core::CashierRecord& cashier);

private:
    void logIn();
    void showMessage(const QString& text);

    core::StaffPort& m_staff;
    QListWidget* m_staffList = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_login = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_lockout;
    int m_failures = 0;
};

} // namespace ss::ui
