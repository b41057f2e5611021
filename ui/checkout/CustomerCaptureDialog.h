// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerPort.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ss::ui {

/// "Who is this for?" — asked before payment. Find a returning customer from a few digits of their
/// phone, their email or name; or create them with their consent per channel; or skip in one key
/// (Esc), with an optional reason. Never blocks the sale.
class CustomerCaptureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCaptureDialog)

public:
    CustomerCaptureDialog(core::CustomerPort& customers, QString cashierUid, QString region, QWidget* parent = nullptr);
    ~CustomerCaptureDialog() override;

    void reject() override; ///< Esc or Skip: recorded as a skip.

signals:
    void attached(const ss::core::CustomerMatch& customer);

private:
    void search();
    void pick(QListWidgetItem* item);
    void save();
    void showMatches(const std::vector<core::CustomerMatch>& matches);
    [[nodiscard]] std::optional<core::NewCustomer> readForm();

    core::CustomerPort& m_customers;
    QString m_cashierUid;
    QString m_region;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_postcode = nullptr;
    QCheckBox* m_emailConsent = nullptr;
    QCheckBox* m_smsConsent = nullptr;
    QCheckBox* m_postConsent = nullptr;
    QComboBox* m_skipReason = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_searchDelay;
    quint64 m_searchGeneration = 0;
    std::vector<core::CustomerMatch> m_shown;
    bool m_duplicatesShown = false;
    bool m_done = false;
};

} // namespace ss::ui
