// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/Cart.h"
#include "sale/Refund.h"
#include "staff/Role.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace ss::core {
class CatalogPort;
class CheckoutSession;
class StaffPort;
} // namespace ss::core

namespace ss::ui {

/// A return against a receipt: scan or type its number, choose what comes back, refund in cash or
/// to the card. Only what was bought and not yet returned can be chosen, at the price paid.
/// Without a receipt, a manager may approve a return of one item at today's price.
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(core::CheckoutSession& session, core::CatalogPort& catalog, core::StaffPort& staff, QString currency,
        QWidget* parent = nullptr);
    ~RefundDialog() override;

    /// Fills in the receipt number (a scanned receipt barcode) and looks it up.
    void lookUp(const QString& receiptNumber);

private:
    void showSale(const core::OriginalSale& sale);
    std::vector<core::RefundRequest> requests() const;
    void updateTotal();
    void refund(core::Tender tender);
    void startWithoutReceipt();
    void lookUpItem();

    core::CheckoutSession& m_session;
    core::CatalogPort& m_catalog;
    core::StaffPort& m_staff;
    QString m_currency;
    QWidget* m_withoutReceipt = nullptr;
    QLineEdit* m_itemCode = nullptr;
    QSpinBox* m_itemQuantity = nullptr;
    QLabel* m_item = nullptr;
    std::optional<core::Role> m_approvedBy;
    std::optional<core::ProductSnapshot> m_blindProduct;
    QLineEdit* m_receipt = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
    std::optional<core::OriginalSale> m_sale;
};

} // namespace ss::ui
