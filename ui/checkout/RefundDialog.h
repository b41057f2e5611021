// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/Refund.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ss::core {
class CheckoutSession;
}

namespace ss::ui {

/// A return against a receipt: scan or type its number, choose what comes back, refund in cash or
/// to the card. Only what was bought and not yet returned can be chosen, at the price paid.
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(core::CheckoutSession& session, QString currency, QWidget* parent = nullptr);
    ~RefundDialog() override;

    /// Fills in the receipt number (a scanned receipt barcode) and looks it up.
    void lookUp(const QString& receiptNumber);

private:
    void showSale(const core::OriginalSale& sale);
    std::vector<core::RefundRequest> requests() const;
    void updateTotal();
    void refund(core::Tender tender);

    core::CheckoutSession& m_session;
    QString m_currency;
    QLineEdit* m_receipt = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
    std::optional<core::OriginalSale> m_sale;
};

} // namespace ss::ui
