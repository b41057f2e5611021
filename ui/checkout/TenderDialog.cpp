// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenderDialog.h"

#include "MoneyFormat.h"
#include "sale/CardNumber.h"
#include "sale/CheckoutSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace ss::ui {

TenderDialog::TenderDialog(core::CheckoutSession& session, QString currency, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("tenderDialog"));
    setWindowTitle(tr("Payment"));
    setMinimumWidth(520);
    auto* grid = new QGridLayout(this);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setStyleSheet(QStringLiteral("font-size:20px;"));
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setStyleSheet(QStringLiteral("font-size:34px; font-weight:700;"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setStyleSheet(QStringLiteral("font-size:26px; padding:6px;"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("cardReferenceLineEdit"));
    m_reference->setPlaceholderText(tr("Card terminal reference (optional)"));
    m_reference->setMaxLength(64);
    m_cash = new QPushButton(tr("Cash (F9)"), this);
    m_cash->setObjectName(QStringLiteral("tenderCashButton"));
    m_cash->setShortcut(QKeySequence(Qt::Key_F9));
    m_card = new QPushButton(tr("Card (F10)"), this);
    m_card->setObjectName(QStringLiteral("tenderCardButton"));
    m_card->setShortcut(QKeySequence(Qt::Key_F10));
    for (QPushButton* button : {m_cash, m_card}) {
        button->setMinimumHeight(64);
        button->setStyleSheet(QStringLiteral("font-size:22px;"));
        button->setAutoDefault(false);
    }
    m_retry = new QPushButton(tr("Try saving again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    m_payments = new QListWidget(this);
    m_payments->setObjectName(QStringLiteral("paymentsList"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tenderMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    grid->addWidget(m_due, 0, 0, 1, 2);
    grid->addWidget(m_remaining, 1, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Amount"), this), 2, 0, 1, 2);
    grid->addWidget(m_amount, 3, 0, 1, 2);
    grid->addWidget(m_cash, 4, 0);
    grid->addWidget(m_card, 4, 1);
    grid->addWidget(m_reference, 5, 0, 1, 2);
    grid->addWidget(m_payments, 6, 0, 1, 2);
    grid->addWidget(m_message, 7, 0, 1, 2);
    grid->addWidget(m_retry, 8, 0, 1, 2);

    connect(m_cash, &QPushButton::clicked, this, [this] { pay(true); });
    connect(m_card, &QPushButton::clicked, this, [this] { pay(false); });
    connect(m_amount, &QLineEdit::returnPressed, this, [this] { pay(true); });
    connect(m_retry, &QPushButton::clicked, this, &TenderDialog::complete);
    connect(&m_session, &core::CheckoutSession::saleCommitted, this, &TenderDialog::onCommitted);
    connect(&m_session, &core::CheckoutSession::saleFailed, this, &TenderDialog::onFailed);
    refresh();
    m_amount->setFocus();
}

TenderDialog::~TenderDialog() = default;

void TenderDialog::refresh()
{
    core::Tendering* tendering = m_session.tendering();
    if (!tendering)
        return;
    m_due->setText(tr("Total %1").arg(formatMoney(tendering->due(), m_currency)));
    m_remaining->setText(tendering->isComplete()
            ? tr("Change %1").arg(formatMoney(tendering->change(), m_currency))
            : tr("To pay %1").arg(formatMoney(tendering->remaining(), m_currency)));
    m_amount->setText(tendering->remaining().toDecimalString());
    m_amount->selectAll();
    m_payments->clear();
    for (const core::PaymentRecord& payment : tendering->payments()) {
        m_payments->addItem(payment.tender == core::Tender::Cash
                ? tr("Cash %1").arg(formatMoney(payment.amount + payment.change, m_currency))
                : tr("Card %1").arg(formatMoney(payment.amount, m_currency)));
    }
}

void TenderDialog::pay(bool cash)
{
    core::Tendering* tendering = m_session.tendering();
    if (!tendering || m_session.isBusy())
        return;
    const auto amount = parseMoney(m_amount->text());
    if (!amount) {
        m_message->setText(tr("Type an amount such as 20 or 12.50."));
        return;
    }
    if (!cash && core::looksLikeCardNumber(m_reference->text())) {
        m_message->setText(tr("That looks like a card number, which the till must never keep. "
                              "Type the code on the terminal's slip instead, or leave it empty."));
        m_reference->clear();
        return;
    }
    const auto result = cash ? tendering->addCash(*amount) : tendering->addCard(*amount, m_reference->text());
    if (!result) {
        m_message->setText(cash ? tr("That cash amount cannot be taken.")
                                : tr("A card payment cannot be more than what is left to pay."));
        return;
    }
    m_message->clear();
    m_reference->clear();
    refresh();
    if (tendering->isComplete())
        complete();
}

void TenderDialog::complete()
{
    m_retry->hide();
    m_cash->setEnabled(false);
    m_card->setEnabled(false);
    m_message->setText(tr("Saving the sale…"));
    if (auto r = m_session.completeSale(); !r)
        onFailed(r.error());
}

void TenderDialog::onCommitted(const core::CommittedSale& sale)
{
    Q_UNUSED(sale);
    accept();
}

void TenderDialog::onFailed(const core::Error& error)
{
    // The cause in words the cashier can act on; whatever it is, the sale stays on the screen.
    QString cause;
    switch (error.code) {
    case core::ErrorCode::DbFull: cause = tr("The disk is full."); break;
    case core::ErrorCode::Io: cause = tr("The disk could not be written."); break;
    case core::ErrorCode::DbBusy: cause = tr("The store is busy with another task."); break;
    default: cause = tr("The sale could not be saved."); break;
    }
    m_message->setText(tr("%1 The sale is not saved yet, but nothing is lost: the items and payments are kept. "
                          "Fix that (or ask the owner), then press “Try saving again”.")
                           .arg(cause));
    m_retry->show();
}

void TenderDialog::reject()
{
    if (m_session.isBusy())
        return; // never walk away from a sale that is being saved
    m_session.cancelTender();
    QDialog::reject();
}

} // namespace ss::ui
