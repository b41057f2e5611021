// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerRecordsPort.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ss::ui {

class CustomerEditForm;

/// One customer on the customer screen: who they are, what they bought (with the items), their
/// coupons, the consent ledger with the answer now per channel, and their details to edit.
class CustomerProfileView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfileView)

public:
    CustomerProfileView(QString currency, QString region, QWidget* parent = nullptr);
    ~CustomerProfileView() override;

    void showProfile(const core::CustomerProfile& profile);
    void clear();
    [[nodiscard]] CustomerEditForm* editForm() const { return m_edit; }

signals:
    void consentChangeRequested(ss::core::ConsentChannel channel, bool granted);

private:
    void fillPurchases(const core::CustomerProfile& profile);
    void fillCoupons(const core::CustomerProfile& profile);
    void fillConsents(const core::CustomerProfile& profile);

    QString m_currency;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_purchases = nullptr;
    QTreeWidget* m_coupons = nullptr;
    QTreeWidget* m_consents = nullptr;
    QLabel* m_consentNow = nullptr;
    CustomerEditForm* m_edit = nullptr;
};

} // namespace ss::ui
