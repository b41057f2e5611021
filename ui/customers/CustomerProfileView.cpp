// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerProfileView.h"

#include "CustomerEditForm.h"
#include "MoneyFormat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString channelName(core::ConsentChannel channel)
{
    switch (channel) {
    case core::ConsentChannel::Email: return CustomerProfileView::tr("Email");
    case core::ConsentChannel::Sms: return CustomerProfileView::tr("Text messages");
    case core::ConsentChannel::Post: return CustomerProfileView::tr("Post");
    }
    return {};
}

QTreeWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

constexpr core::ConsentChannel kChannels[] = {
    core::ConsentChannel::Email,
    core::ConsentChannel::Sms,
    core::ConsentChannel::Post,
};

} // namespace

CustomerProfileView::CustomerProfileView(QString currency, QString region, QWidget* parent)
    : QWidget(parent)
    , m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("customerProfileView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("profileHeaderLabel"));
    m_header->setTextFormat(Qt::PlainText); // names are data, never markup
    m_header->setWordWrap(true);
    m_header->setStyleSheet(QStringLiteral("font-size:16px; color:#0f172a;"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));

    m_purchases = table(this, "purchasesTree", {tr("Receipt"), tr("Date"), tr("Items"), tr("Total")});
    m_purchases->setRootIsDecorated(true);
    m_tabs->addTab(m_purchases, tr("Purchases"));

    m_coupons = table(
        this, "couponsTree", {tr("Code"), tr("Offer"), tr("Issued"), tr("Valid until"), tr("Redeemed"), tr("On")});
    m_tabs->addTab(m_coupons, tr("Coupons"));

    auto* consentPage = new QWidget(this);
    auto* consentLayout = new QVBoxLayout(consentPage);
    m_consentNow = new QLabel(consentPage);
    m_consentNow->setObjectName(QStringLiteral("consentNowLabel"));
    m_consentNow->setTextFormat(Qt::PlainText);
    auto* buttons = new QGridLayout;
    int row = 0;
    for (core::ConsentChannel channel : kChannels) {
        const QString key = core::consentChannelKey(channel);
        auto* yes = new QPushButton(tr("%1: customer says yes").arg(channelName(channel)), consentPage);
        yes->setObjectName(QStringLiteral("grant_%1_Button").arg(key));
        auto* no = new QPushButton(tr("%1: withdraw").arg(channelName(channel)), consentPage);
        no->setObjectName(QStringLiteral("withdraw_%1_Button").arg(key));
        connect(yes, &QPushButton::clicked, this, [this, channel] { emit consentChangeRequested(channel, true); });
        connect(no, &QPushButton::clicked, this, [this, channel] { emit consentChangeRequested(channel, false); });
        buttons->addWidget(yes, row, 0);
        buttons->addWidget(no, row, 1);
        ++row;
    }
    m_consents = table(
        consentPage, "consentTree", {tr("When"), tr("Channel"), tr("Answer"), tr("Wording shown"), tr("Recorded by")});
    consentLayout->addWidget(m_consentNow);
    consentLayout->addLayout(buttons);
    consentLayout->addWidget(
        new QLabel(tr("History (entries are never changed; a withdrawal is a new entry):"), consentPage));
    consentLayout->addWidget(m_consents, 1);
    m_tabs->addTab(consentPage, tr("Consent"));

    m_edit = new CustomerEditForm(std::move(region), this);
    m_tabs->addTab(m_edit, tr("Details"));

    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    clear();
}

CustomerProfileView::~CustomerProfileView() = default;

void CustomerProfileView::clear()
{
    m_header->setText(tr("Choose a customer on the left."));
    m_tabs->setEnabled(false);
    m_purchases->clear();
    m_coupons->clear();
    m_consents->clear();
    m_consentNow->clear();
}

void CustomerProfileView::showProfile(const core::CustomerProfile& profile)
{
    const core::CustomerSummary& s = profile.summary;
    const QString name = QStringList {s.firstName, s.lastName}.join(u' ').trimmed();
    QStringList contact;
    for (const QString& part : {s.phoneE164, s.email, s.postcode}) {
        if (!part.isEmpty())
            contact << part;
    }
    m_header->setText(tr("%1 (No. %2)\n%3\n%4 visits · spent %5 · customer since %6")
                          .arg(name)
                          .arg(s.number)
                          .arg(contact.join(QStringLiteral(" · ")))
                          .arg(s.visits)
                          .arg(formatMoney(core::Money::fromMinor(s.spentMinor), m_currency))
                          .arg(s.firstVisitUtc.isValid() ? when(s.firstVisitUtc) : tr("no purchase yet")));
    m_tabs->setEnabled(true);
    fillPurchases(profile);
    fillCoupons(profile);
    fillConsents(profile);
    m_edit->showCustomer(profile);
}

void CustomerProfileView::fillPurchases(const core::CustomerProfile& profile)
{
    m_purchases->clear();
    for (const core::CustomerPurchase& purchase : profile.purchases) {
        auto* sale = new QTreeWidgetItem(m_purchases); // owned by the tree
        sale->setText(0, purchase.refund ? tr("%1 (return)").arg(purchase.receiptNo) : purchase.receiptNo);
        sale->setText(1, when(purchase.atUtc));
        sale->setText(2, tr("%n item(s)", nullptr, static_cast<int>(purchase.lines.size())));
        sale->setText(3, formatMoney(core::Money::fromMinor(purchase.totalMinor), purchase.currency));
        for (const core::PurchaseLine& line : purchase.lines) {
            auto* item = new QTreeWidgetItem(sale);
            item->setText(2, tr("%1 × %2").arg(line.quantity).arg(line.description));
            item->setText(3, formatMoney(core::Money::fromMinor(line.totalMinor), purchase.currency));
        }
    }
    if (QTreeWidgetItem* newest = m_purchases->topLevelItem(0))
        newest->setExpanded(true); // what they bought last is what the manager asks about first
}

void CustomerProfileView::fillCoupons(const core::CustomerProfile& profile)
{
    m_coupons->clear();
    for (const core::CustomerCoupon& coupon : profile.coupons) {
        auto* item = new QTreeWidgetItem(m_coupons);
        item->setText(0, coupon.code);
        item->setText(1,
            coupon.discountKind == u"percent"
                ? tr("%1 % off").arg(QLocale().toString(static_cast<double>(coupon.discountValue) / 100.0, 'f', 0))
                : tr("%1 off").arg(formatMoney(core::Money::fromMinor(coupon.discountValue), m_currency)));
        item->setText(2, tr("%1 (%2)").arg(when(coupon.issuedAtUtc), coupon.issuedReceipt));
        item->setText(3, when(coupon.validUntilUtc));
        item->setText(4, coupon.redeemedAtUtc.isValid() ? when(coupon.redeemedAtUtc) : tr("not yet"));
        item->setText(5, coupon.redeemedReceipt);
    }
}

void CustomerProfileView::fillConsents(const core::CustomerProfile& profile)
{
    QStringList now;
    for (core::ConsentChannel channel : kChannels) {
        const std::optional<bool> answer = profile.consentNow(channel);
        now << tr("%1: %2").arg(channelName(channel), !answer ? tr("never asked") : *answer ? tr("yes") : tr("no"));
    }
    m_consentNow->setText(tr("Marketing now — %1").arg(now.join(QStringLiteral(" · "))));
    m_consents->clear();
    for (const core::ConsentEntry& entry : profile.consents) {
        auto* item = new QTreeWidgetItem(m_consents);
        item->setText(0, when(entry.atUtc));
        item->setText(1, channelName(entry.channel));
        item->setText(2, entry.granted ? tr("yes") : tr("no"));
        item->setText(3, entry.wordingVersion);
        item->setText(4, entry.recordedBy.isEmpty() ? tr("(system)") : entry.recordedBy);
    }
}

} // namespace ss::ui
