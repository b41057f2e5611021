// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerRecordsPort.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ss::ui {

/// A customer's details, loyalty card and interests, editable by a manager. Validates with the same
/// rule as the counter (core::validateContact) before it asks to save.
class CustomerEditForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditForm)

public:
    CustomerEditForm(QString region, QWidget* parent = nullptr);
    ~CustomerEditForm() override;

    void showCustomer(const core::CustomerProfile& profile);
    void showProblem(const QString& text);

signals:
    void saveRequested(const ss::core::CustomerEdit& edit);

private:
    void save();

    QString m_region;
    QString m_uid;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_card = nullptr;
    QListWidget* m_interests = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
