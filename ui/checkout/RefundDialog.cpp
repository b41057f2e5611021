// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundDialog.h"

#include "ApprovalDialog.h"
#include "MoneyFormat.h"
#include "ports/CatalogPort.h"
#include "sale/CheckoutSession.h"
#include "scan/ProductCode.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ss::ui {

RefundDialog::RefundDialog(core::CheckoutSession& session, core::CatalogPort& catalog, core::StaffPort& staff,
    QString currency, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Return / refund"));
    resize(720, 480);
    auto* layout = new QVBoxLayout(this);
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("receiptLineEdit"));
    m_receipt->setPlaceholderText(tr("Scan the receipt or type its number, e.g. T01-00000042"));
    m_receipt->setMaxLength(40);
    auto* find = new QPushButton(tr("Find sale"), this);
    find->setObjectName(QStringLiteral("findSaleButton"));
    m_lines = new QTableWidget(0, 4, this);
    m_lines->setObjectName(QStringLiteral("refundLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Bought"), tr("Paid"), tr("Return")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("refundTotalLabel"));
    m_total->setStyleSheet(QStringLiteral("font-size:24px; font-weight:600;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("refundMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    auto* cash = new QPushButton(tr("Refund in cash"), this);
    cash->setObjectName(QStringLiteral("refundCashButton"));
    auto* card = new QPushButton(tr("Refund to card"), this);
    card->setObjectName(QStringLiteral("refundCardButton"));
    for (QPushButton* button : {cash, card}) {
        button->setMinimumHeight(52);
        button->setStyleSheet(QStringLiteral("font-size:18px;"));
    }
    m_lines->verticalHeader()->hide();
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(cash);
    buttons->addWidget(card);
    auto* search = new QHBoxLayout();
    search->addWidget(m_receipt, 1);
    search->addWidget(find);
    auto* noReceipt = new QPushButton(tr("No receipt (manager)"), this);
    noReceipt->setObjectName(QStringLiteral("noReceiptButton"));
    search->addWidget(noReceipt);
    m_withoutReceipt = new QWidget(this);
    auto* blind = new QHBoxLayout(m_withoutReceipt);
    blind->setContentsMargins(0, 0, 0, 0);
    m_itemCode = new QLineEdit(m_withoutReceipt);
    m_itemCode->setObjectName(QStringLiteral("blindCodeLineEdit"));
    m_itemCode->setPlaceholderText(tr("Scan or type the returned item's barcode or SKU"));
    m_itemCode->setMaxLength(64);
    m_itemQuantity = new QSpinBox(m_withoutReceipt);
    m_itemQuantity->setObjectName(QStringLiteral("blindQuantitySpinBox"));
    m_itemQuantity->setRange(1, 99);
    m_item = new QLabel(m_withoutReceipt);
    m_item->setObjectName(QStringLiteral("blindItemLabel"));
    m_item->setTextFormat(Qt::PlainText);
    blind->addWidget(m_itemCode, 2);
    blind->addWidget(m_itemQuantity);
    blind->addWidget(m_item, 3);
    m_withoutReceipt->hide();
    layout->addLayout(search);
    layout->addWidget(m_withoutReceipt);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(find, &QPushButton::clicked, this, [this] { lookUp(m_receipt->text()); });
    connect(noReceipt, &QPushButton::clicked, this, &RefundDialog::startWithoutReceipt);
    connect(m_itemCode, &QLineEdit::returnPressed, this, &RefundDialog::lookUpItem);
    connect(m_itemQuantity, &QSpinBox::valueChanged, this, &RefundDialog::updateTotal);
    connect(m_receipt, &QLineEdit::returnPressed, this, [this] { lookUp(m_receipt->text()); });
    connect(cash, &QPushButton::clicked, this, [this] { refund(core::Tender::Cash); });
    connect(card, &QPushButton::clicked, this, [this] { refund(core::Tender::Card); });
    connect(&m_session, &core::CheckoutSession::refundSaleFound, this, &RefundDialog::showSale);
    connect(&m_session, &core::CheckoutSession::lookupFailed, this, [this](const core::Error& error) {
        m_message->setText(error.code == core::ErrorCode::NotFound ? tr("No sale has that receipt number.")
                                                                   : tr("The sale could not be read."));
    });
    connect(&m_session, &core::CheckoutSession::saleCommitted, this, [this] { accept(); });
    connect(&m_session, &core::CheckoutSession::saleFailed, this, [this](const core::Error& error) {
        m_message->setText(error.code == core::ErrorCode::ConstraintViolated
                ? tr("Those items were already returned. Look the sale up again.")
                : tr("The refund could not be saved. Nothing was changed."));
    });
    updateTotal();
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::lookUp(const QString& receiptNumber)
{
    m_receipt->setText(receiptNumber.trimmed());
    m_message->clear();
    m_session.findSaleForRefund(receiptNumber);
}

void RefundDialog::showSale(const core::OriginalSale& sale)
{
    m_sale = sale;
    m_lines->setRowCount(0);
    if (sale.isRefund) {
        m_message->setText(tr("That receipt is itself a refund; it cannot be refunded."));
        updateTotal();
        return;
    }
    for (const core::SoldLine& line : sale.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto* item = new QTableWidgetItem(line.description);
        item->setFlags(Qt::ItemIsEnabled);
        m_lines->setItem(row, 0, item);
        for (auto [column, text] :
            {std::pair {1, QString::number(line.quantitySold)}, std::pair {2, formatMoney(line.total, m_currency)}}) {
            auto* cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled); // what was sold is a fact, not an input
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, cell);
        }
        auto* quantity = new QSpinBox(m_lines);
        quantity->setObjectName(QStringLiteral("returnQuantity%1").arg(line.lineNo));
        quantity->setRange(0, static_cast<int>(line.quantitySold - line.quantityRefunded));
        m_lines->setCellWidget(row, 3, quantity);
        connect(quantity, &QSpinBox::valueChanged, this, &RefundDialog::updateTotal);
    }
    updateTotal();
}

std::vector<core::RefundRequest> RefundDialog::requests() const
{
    std::vector<core::RefundRequest> chosen;
    if (!m_sale)
        return chosen;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, 3));
        if (quantity && quantity->value() > 0)
            chosen.push_back({m_sale->lines[static_cast<std::size_t>(row)].lineNo, quantity->value()});
    }
    return chosen;
}

void RefundDialog::startWithoutReceipt()
{
    auto enable = [this](core::Role role) {
        m_approvedBy = role;
        m_sale.reset();
        m_lines->setRowCount(0);
        m_withoutReceipt->show();
        m_itemCode->setFocus();
        m_message->setText(tr("Return without a receipt, approved by a manager: at today's price."));
    };
    if (const auto cashier = m_session.cashier())
        ApprovalDialog::requireManager(m_staff, *cashier, tr("A return without a receipt"), this, enable);
}

void RefundDialog::lookUpItem()
{
    auto code = core::normaliseProductCode(m_itemCode->text());
    if (!code) {
        m_message->setText(tr("That code could not be read."));
        return;
    }
    m_catalog.findByCode(*code).then(this, [this](const core::Result<std::optional<core::ProductSnapshot>>& found) {
        m_blindProduct.reset();
        if (!found || !*found) {
            m_item->setText(tr("Not in the catalogue"));
        } else {
            m_blindProduct = **found;
            m_item->setText(tr("%1 — %2").arg(m_blindProduct->name, formatMoney(m_blindProduct->price, m_currency)));
        }
        updateTotal();
    });
}

void RefundDialog::updateTotal()
{
    if (m_approvedBy && !m_sale) {
        core::Cart priced;
        if (m_blindProduct && priced.addProduct(*m_blindProduct, m_itemQuantity->value()))
            m_total->setText(tr("Refund %1").arg(formatMoney(priced.totals().total, m_currency)));
        else
            m_total->setText(tr("Refund %1").arg(formatMoney(core::Money(), m_currency)));
        return;
    }
    const auto chosen = requests();
    auto lines = m_sale && !chosen.empty()
        ? core::refundLines(*m_sale, chosen)
        : core::Result<std::vector<core::SaleLineRecord>>(std::vector<core::SaleLineRecord>());
    core::Money total;
    if (lines) {
        for (const core::SaleLineRecord& line : *lines)
            total -= line.total;
    }
    m_total->setText(tr("Refund %1").arg(formatMoney(total, m_currency)));
}

void RefundDialog::refund(core::Tender tender)
{
    if (m_approvedBy && !m_sale) {
        if (!m_blindProduct) {
            m_message->setText(tr("Scan the returned item first."));
            return;
        }
        if (auto r = m_session.blindReturn(*m_blindProduct, m_itemQuantity->value(), tender, m_approvedBy); !r)
            m_message->setText(tr("That return is not possible."));
        return;
    }
    if (!m_sale) {
        m_message->setText(tr("Find the sale first."));
        return;
    }
    const auto chosen = requests();
    if (chosen.empty()) {
        m_message->setText(tr("Choose what is being returned."));
        return;
    }
    if (auto r = m_session.refund(*m_sale, chosen, tender); !r)
        m_message->setText(tr("That refund is not possible: only what was bought, once."));
}

} // namespace ss::ui
