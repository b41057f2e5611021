// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ss::core {
class CheckoutSession;
struct CommittedSale;
struct Error;
} // namespace ss::core

namespace ss::ui {

/// Taking payment: cash (with change), card (paid on the shop's terminal), or a split of both.
/// When the sale is fully paid it is committed; the dialog closes only once the store confirms.
/// A failed commit keeps the dialog, the cart and the payments, and offers to try again.
class TenderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenderDialog)

public:
    TenderDialog(core::CheckoutSession& session, QString currency, QWidget* parent = nullptr);
    ~TenderDialog() override;

    void reject() override;

private:
    void refresh();
    void pay(bool cash);
    void complete();
    void onCommitted(const core::CommittedSale& sale);
    void onFailed(const core::Error& error);

    core::CheckoutSession& m_session;
    QString m_currency;
    QLabel* m_due = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reference = nullptr;
    QListWidget* m_payments = nullptr;
    QPushButton* m_cash = nullptr;
    QPushButton* m_card = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace ss::ui
