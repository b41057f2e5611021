// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscountDialog.h"

#include "MoneyFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ss::ui {

DiscountDialog::DiscountDialog(bool lineSelected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("discountDialog"));
    setWindowTitle(tr("Discount"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Discount as a percentage (10%) or an amount (2.50):"), this));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("discountLineEdit"));
    m_value->setStyleSheet(QStringLiteral("font-size:24px;"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color:#b42318;"));
    auto* onLine = new QPushButton(tr("On the selected line"), this);
    onLine->setObjectName(QStringLiteral("discountLineButton"));
    onLine->setEnabled(lineSelected);
    auto* onSale = new QPushButton(tr("On the whole sale"), this);
    onSale->setObjectName(QStringLiteral("discountSaleButton"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(onLine);
    buttons->addWidget(onSale);
    layout->addWidget(m_value);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(onLine, &QPushButton::clicked, this, [this] { submit(false); });
    connect(onSale, &QPushButton::clicked, this, [this] { submit(true); });
}

DiscountDialog::~DiscountDialog() = default;

std::optional<core::Discount> DiscountDialog::parse(const QString& text)
{
    static const QRegularExpression percent(QStringLiteral("^\\s*(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%\\s*$"));
    const QRegularExpressionMatch match = percent.match(text);
    if (match.hasMatch()) {
        QString fraction = match.captured(2);
        while (fraction.size() < 2)
            fraction += u'0';
        const qint64 basisPoints = match.captured(1).toLongLong() * 100 + fraction.toLongLong();
        if (basisPoints > 10000)
            return std::nullopt;
        return core::Discount {core::DiscountKind::Percent, basisPoints};
    }
    if (auto amount = parseMoney(text))
        return core::Discount {core::DiscountKind::Amount, amount->minor()};
    return std::nullopt;
}

void DiscountDialog::submit(bool wholeSale)
{
    const auto discount = parse(m_value->text());
    if (!discount) {
        m_message->setText(tr("Type 10% or an amount such as 2.50."));
        return;
    }
    emit requested(*discount, wholeSale);
    accept();
}

} // namespace ss::ui
