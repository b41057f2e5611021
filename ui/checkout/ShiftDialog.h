// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/Role.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ss::core {
class ShiftPort;
class StaffPort;
} // namespace ss::core

namespace ss::ui {

/// The shift: open it with a float, read the X report, or close it with the cash counted and
/// keep the Z report. Closing needs a manager.
class ShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftDialog)

public:
    ShiftDialog(core::ShiftPort& shifts, core::StaffPort& staff, core::CashierRecord cashier, QString storeName,
        QString currency, QWidget* parent = nullptr);
    ~ShiftDialog() override;

signals:
    /// A Z report to print: the shift is closed and its text kept.
    void zReportReady(const QString& report);

private:
    void refresh();
    void openShift();
    void closeShift();
    void closeApproved();

    core::ShiftPort& m_shifts;
    core::StaffPort& m_staff;
    core::CashierRecord m_cashier;
    QString m_storeName;
    QString m_currency;
    QPlainTextEdit* m_report = nullptr;
    QLineEdit* m_amount = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
