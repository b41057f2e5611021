// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfferRulesDialog.h"

#include "MoneyFormat.h"
#include "ReceiptRenderer.h"
#include "offers/OfferRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString kindName(const QString& kind)
{
    if (kind == u"milestone")
        return OfferRulesDialog::tr("Milestone");
    if (kind == u"winback")
        return OfferRulesDialog::tr("Win-back");
    if (kind == u"referral")
        return OfferRulesDialog::tr("Referral");
    if (kind == u"followup")
        return OfferRulesDialog::tr("Follow-up");
    if (kind == u"addon")
        return OfferRulesDialog::tr("Add-on");
    return OfferRulesDialog::tr("Come-back");
}

/// "10" for 10 %, "5.00" for an amount: what the owner typed, back in the field.
QString discountText(const core::OfferTerms& terms)
{
    return terms.kind == core::DiscountKind::Percent ? QString::number(static_cast<double>(terms.value) / 100.0)
                                                     : core::Money::fromMinor(terms.value).toDecimalString();
}

/// Reads a discount from its kind box and value field into `terms` (basis points or minor units).
bool readDiscount(const QComboBox& kind, const QLineEdit& field, core::OfferTerms& terms, QString& problem)
{
    const bool percent = kind.currentData().toString() == u"percent";
    terms.kind = percent ? core::DiscountKind::Percent : core::DiscountKind::Amount;
    if (percent) {
        bool ok = false;
        const double value = QLocale().toDouble(field.text().trimmed(), &ok);
        const double plain = ok ? value : field.text().trimmed().toDouble(&ok);
        if (!ok || plain <= 0 || plain > 100) {
            problem = OfferRulesDialog::tr("A percentage between 0 and 100.");
            return false;
        }
        terms.value = static_cast<qint64>(plain * 100 + 0.5); // basis points: no money in floating point
        return true;
    }
    const auto amount = parseMoney(field.text());
    if (!amount || amount->minor() <= 0) {
        problem = OfferRulesDialog::tr("An amount such as 5.00.");
        return false;
    }
    terms.value = amount->minor();
    return true;
}

} // namespace

OfferRulesDialog::OfferRulesDialog(core::OfferRulesPort& rules, QString ownerUid, QString currency, int columns,
    PrintPreview printPreview, QWidget* parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_ownerUid(std::move(ownerUid))
    , m_currency(std::move(currency))
    , m_columns(columns)
    , m_printPreview(std::move(printPreview))
{
    setObjectName(QStringLiteral("offerRulesDialog"));
    setWindowTitle(tr("Offers on the receipt"));
    resize(1100, 700);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("offerRulesTree"));
    m_list->setHeaderLabels({tr("Offer"), tr("Kind"), tr("On"), tr("Priority"), tr("Issued"), tr("Redeemed")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("offerNameLineEdit"));
    m_name->setMaxLength(80);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("offerKindComboBox"));
    m_kind->addItem(tr("Come-back coupon after a first purchase"), QStringLiteral("comeback"));
    m_kind->addItem(tr("Milestone: on a customer's N-th visit"), QStringLiteral("milestone"));
    m_kind->addItem(tr("Follow-up: bought in one category, an offer on another"), QStringLiteral("followup"));
    m_kind->addItem(tr("Add-on suggestion: \"you may also need\" from what sells together"), QStringLiteral("addon"));
    m_kind->addItem(
        tr("Win-back: for lapsed customers (Dashboard → Invite lapsed customers back)"), QStringLiteral("winback"));
    m_kind->addItem(
        tr("Referral: a friend's welcome discount, and a reward for who sent them"), QStringLiteral("referral"));
    m_discountKind = new QComboBox(this);
    m_discountKind->setObjectName(QStringLiteral("offerDiscountKindComboBox"));
    m_discountKind->addItem(tr("Percent off"), QStringLiteral("percent"));
    m_discountKind->addItem(tr("Amount off"), QStringLiteral("amount"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("offerValueLineEdit"));
    m_value->setPlaceholderText(tr("10 (percent) or 5.00 (amount)"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("offerDaysSpinBox"));
    m_days->setRange(1, 3660);
    m_days->setValue(60);
    m_days->setSuffix(tr(" days"));
    m_minimum = new QLineEdit(this);
    m_minimum->setObjectName(QStringLiteral("offerMinimumLineEdit"));
    m_minimum->setPlaceholderText(tr("0.00"));
    m_visit = new QSpinBox(this);
    m_visit->setObjectName(QStringLiteral("offerVisitSpinBox"));
    m_visit->setRange(2, 1000);
    m_visit->setValue(5);
    m_fromCategory = new QComboBox(this);
    m_fromCategory->setObjectName(QStringLiteral("offerFromCategoryComboBox"));
    m_toCategory = new QComboBox(this);
    m_toCategory->setObjectName(QStringLiteral("offerToCategoryComboBox"));
    m_rules.categories(m_ownerUid).then(this, [this](const core::Result<std::vector<core::CategoryChoice>>& found) {
        if (!found)
            return;
        for (const core::CategoryChoice& category : *found) {
            m_fromCategory->addItem(category.name, category.uid);
            m_toCategory->addItem(category.name, category.uid);
        }
    });
    // The referrer's reward is its own offer: a shop may welcome the friend with 10 % and thank the
    // referrer with 5.00 off, valid longer.
    m_rewardKind = new QComboBox(this);
    m_rewardKind->setObjectName(QStringLiteral("offerRewardKindComboBox"));
    m_rewardKind->addItem(tr("Percent off"), QStringLiteral("percent"));
    m_rewardKind->addItem(tr("Amount off"), QStringLiteral("amount"));
    m_rewardValue = new QLineEdit(this);
    m_rewardValue->setObjectName(QStringLiteral("offerRewardValueLineEdit"));
    m_rewardValue->setPlaceholderText(tr("5.00 or 10"));
    m_rewardDays = new QSpinBox(this);
    m_rewardDays->setObjectName(QStringLiteral("offerRewardDaysSpinBox"));
    m_rewardDays->setRange(1, 3660);
    m_rewardDays->setValue(90);
    m_rewardDays->setSuffix(tr(" days"));
    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("offerPrioritySpinBox"));
    m_priority->setRange(0, 1000);
    m_priority->setValue(10);
    m_active = new QCheckBox(tr("On: print it on receipts"), this);
    m_active->setObjectName(QStringLiteral("offerActiveCheckBox"));
    m_active->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name (printed above the coupon)"), m_name);
    form->addRow(tr("When"), m_kind);
    form->addRow(tr("Discount"), m_discountKind);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Valid for"), m_days);
    form->addRow(tr("Minimum spend"), m_minimum);
    form->addRow(tr("Visit number (milestone)"), m_visit);
    form->addRow(tr("Bought in (follow-up)"), m_fromCategory);
    form->addRow(tr("Offer on (follow-up)"), m_toCategory);
    auto* reward = new QHBoxLayout;
    reward->addWidget(m_rewardKind);
    reward->addWidget(m_rewardValue, 1);
    reward->addWidget(new QLabel(tr("valid for"), this));
    reward->addWidget(m_rewardDays);
    form->addRow(tr("Referrer's reward (referral)"), reward);
    form->addRow(tr("Priority (one offer per receipt)"), m_priority);
    form->addRow(QString(), m_active);

    auto* newButton = new QPushButton(tr("New offer"), this);
    newButton->setObjectName(QStringLiteral("newOfferButton"));
    auto* saveButton = new QPushButton(tr("Save offer"), this);
    saveButton->setObjectName(QStringLiteral("saveOfferButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("offerMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(newButton);
    editButtons->addWidget(saveButton);
    editButtons->addStretch(1);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("offerPreviewLabel"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* previewScroll = new QScrollArea(this);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setMinimumWidth(columns * 12 + 60);
    previewScroll->setStyleSheet(QStringLiteral("QScrollArea { background:#e5e7eb; }"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(form);
    left->addLayout(editButtons);
    left->addWidget(m_message);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("As the printer will print it:"), this));
    right->addWidget(previewScroll, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &OfferRulesDialog::newRule);
    connect(saveButton, &QPushButton::clicked, this, &OfferRulesDialog::save);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this] { showRule(m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1); });
    for (QLineEdit* edit : {m_name, m_value, m_minimum, m_rewardValue})
        connect(edit, &QLineEdit::textChanged, this, &OfferRulesDialog::updatePreview);
    for (QComboBox* combo : {m_kind, m_discountKind, m_fromCategory, m_toCategory, m_rewardKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &OfferRulesDialog::updatePreview);
    for (QSpinBox* spin : {m_days, m_visit, m_rewardDays})
        connect(spin, &QSpinBox::valueChanged, this, &OfferRulesDialog::updatePreview);
    newRule();
    reload();
}

OfferRulesDialog::~OfferRulesDialog() = default;

void OfferRulesDialog::reload()
{
    m_rules.rules(m_ownerUid).then(this, [this](const core::Result<std::vector<core::OfferRuleSummary>>& found) {
        if (!found) {
            m_message->setText(found.error().code == core::ErrorCode::PermissionDenied
                    ? tr("Only the owner may see and change the offers.")
                    : tr("The offers could not be read."));
            return;
        }
        m_shown = *found;
        m_list->clear();
        for (const core::OfferRuleSummary& summary : m_shown) {
            auto* item = new QTreeWidgetItem(m_list); // owned by the tree
            item->setText(0, summary.rule.name);
            item->setText(1, kindName(summary.rule.kind));
            item->setText(2, summary.rule.active ? tr("on") : tr("paused"));
            item->setText(3, QString::number(summary.rule.priority));
            item->setText(4, QString::number(summary.issued));
            item->setText(5,
                summary.issued > 0 ? tr("%1 (%2%)").arg(summary.redeemed).arg(summary.redeemed * 100 / summary.issued)
                                   : QString::number(summary.redeemed));
        }
    });
}

void OfferRulesDialog::showRule(int index)
{
    if (index < 0 || index >= static_cast<int>(m_shown.size()))
        return;
    const core::OfferRuleRecord& rule = m_shown[static_cast<std::size_t>(index)].rule;
    const core::OfferTerms terms = core::parseOfferTerms(rule.parameters).value_or(core::OfferTerms {});
    m_editingUid = rule.uid;
    m_name->setText(rule.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(rule.kind)));
    m_discountKind->setCurrentIndex(terms.kind == core::DiscountKind::Percent ? 0 : 1);
    m_value->setText(discountText(terms));
    m_days->setValue(terms.validDays);
    m_minimum->setText(terms.minimumSpend.toDecimalString());
    m_visit->setValue(std::max(2, terms.visit));
    m_fromCategory->setCurrentIndex(std::max(0, m_fromCategory->findData(terms.fromCategory)));
    m_toCategory->setCurrentIndex(std::max(0, m_toCategory->findData(terms.toCategory)));
    const core::OfferTerms reward = core::parseReferralReward(rule.parameters).value_or(terms);
    m_rewardKind->setCurrentIndex(reward.kind == core::DiscountKind::Percent ? 0 : 1);
    m_rewardValue->setText(discountText(reward));
    m_rewardDays->setValue(reward.validDays);
    m_priority->setValue(rule.priority);
    m_active->setChecked(rule.active);
    m_message->clear();
    updatePreview();
}

void OfferRulesDialog::setDefaultValidDays(int days)
{
    m_defaultDays = days;
    if (m_editingUid.isEmpty())
        m_days->setValue(days);
}

void OfferRulesDialog::newRule()
{
    m_editingUid.clear();
    m_list->clearSelection();
    m_name->setText(tr("Come back soon: 10% off"));
    m_kind->setCurrentIndex(0);
    m_discountKind->setCurrentIndex(0);
    m_value->setText(QStringLiteral("10"));
    m_days->setValue(m_defaultDays);
    m_minimum->setText(QStringLiteral("10.00"));
    m_rewardKind->setCurrentIndex(1);
    m_rewardValue->setText(QStringLiteral("5.00"));
    m_rewardDays->setValue(90);
    m_active->setChecked(true);
    updatePreview();
}

std::optional<core::OfferRuleRecord> OfferRulesDialog::readForm(QString& problem) const
{
    if (m_kind->currentData().toString() == u"addon") {
        // No discount: one suggestion, from pairs seen at least three times.
        if (m_name->text().trimmed().isEmpty()) {
            problem = tr("Give the offer a name.");
            return std::nullopt;
        }
        core::OfferRuleRecord rule;
        rule.uid = m_editingUid;
        rule.kind = QStringLiteral("addon");
        rule.name = m_name->text().trimmed();
        rule.parameters = QStringLiteral("minimumSales=3\nsuggestions=1");
        rule.priority = m_priority->value();
        rule.active = m_active->isChecked();
        return rule;
    }
    core::OfferTerms terms;
    if (!readDiscount(*m_discountKind, *m_value, terms, problem))
        return std::nullopt;
    terms.validDays = m_days->value();
    if (!m_minimum->text().trimmed().isEmpty()) {
        const auto minimum = parseMoney(m_minimum->text());
        if (!minimum || minimum->minor() < 0) {
            problem = tr("The minimum spend is an amount such as 10.00 (or empty).");
            return std::nullopt;
        }
        terms.minimumSpend = *minimum;
    }
    const QString kind = m_kind->currentData().toString();
    if (kind == u"milestone")
        terms.visit = m_visit->value();
    if (kind == u"followup") {
        terms.fromCategory = m_fromCategory->currentData().toString();
        terms.toCategory = m_toCategory->currentData().toString();
        if (terms.fromCategory.isEmpty() || terms.toCategory.isEmpty() || terms.fromCategory == terms.toCategory) {
            problem = tr("Choose the category bought and a different one for the offer.");
            return std::nullopt;
        }
    }
    if (m_name->text().trimmed().isEmpty()) {
        problem = tr("Give the offer a name: it is printed above the coupon.");
        return std::nullopt;
    }
    core::OfferRuleRecord rule;
    rule.uid = m_editingUid;
    rule.kind = kind;
    rule.name = m_name->text().trimmed();
    rule.parameters = core::formatOfferTerms(terms);
    if (kind == u"referral") {
        core::OfferTerms reward;
        if (!readDiscount(*m_rewardKind, *m_rewardValue, reward, problem)) {
            problem = tr("The referrer's reward: %1").arg(problem);
            return std::nullopt;
        }
        rule.parameters += (reward.kind == core::DiscountKind::Percent ? QStringLiteral("\nrewardPercentBasisPoints=%1")
                                                                       : QStringLiteral("\nrewardAmountMinor=%1"))
                               .arg(reward.value)
            + QStringLiteral("\nrewardValidDays=%1").arg(m_rewardDays->value());
    }
    rule.priority = m_priority->value();
    rule.active = m_active->isChecked();
    return rule;
}

void OfferRulesDialog::updatePreview()
{
    QString problem;
    const auto rule = readForm(problem);
    auto coupon = rule ? core::sampleCoupon(*rule, QDateTime::currentDateTimeUtc()) : std::nullopt;
    if (coupon && rule->kind == u"followup")
        coupon->categoryName = m_toCategory->currentText();
    if (!coupon || !m_printPreview) {
        m_preview->setText(problem.isEmpty() ? tr("Nothing to print yet.") : problem);
        return;
    }
    m_preview->setPixmap(
        QPixmap::fromImage(renderPrintedReceipt(m_printPreview(core::couponPreview(*coupon, m_currency)), m_columns)));
}

void OfferRulesDialog::save()
{
    QString problem;
    const auto rule = readForm(problem);
    if (!rule) {
        m_message->setText(problem);
        return;
    }
    m_rules.save(m_ownerUid, *rule).then(this, [this](const core::Result<core::OfferRuleRecord>& saved) {
        if (!saved) {
            m_message->setText(saved.error().code == core::ErrorCode::PermissionDenied
                    ? tr("Only the owner may change the offers.")
                    : tr("The offer was not saved: check its terms."));
            return;
        }
        m_editingUid = saved->uid;
        m_message->setText(saved->active ? tr("Saved. It prints from the next sale.") : tr("Saved, paused."));
        reload();
    });
}

} // namespace ss::ui
