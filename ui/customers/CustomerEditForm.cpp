// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerEditForm.h"

#include "ContactProblemText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QLineEdit* field(QWidget* parent, const char* name, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

CustomerEditForm::CustomerEditForm(QString region, QWidget* parent)
    : QWidget(parent)
    , m_region(std::move(region))
{
    setObjectName(QStringLiteral("customerEditForm"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_firstName = field(this, "editFirstNameLineEdit", 60);
    m_lastName = field(this, "editLastNameLineEdit", 60);
    m_email = field(this, "editEmailLineEdit", 254);
    m_phone = field(this, "editPhoneLineEdit", 30);
    m_postcode = field(this, "editPostcodeLineEdit", 12);
    m_card = field(this, "editCardLineEdit", 40);
    m_card->setPlaceholderText(tr("Scan the customer's loyalty card"));
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Postcode"), m_postcode);
    form->addRow(tr("Loyalty card"), m_card);
    m_interests = new QListWidget(this);
    m_interests->setObjectName(QStringLiteral("interestsList"));
    form->addRow(tr("Interested in"), m_interests);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b42318;"));
    auto* save = new QPushButton(tr("Save changes"), this);
    save->setObjectName(QStringLiteral("saveCustomerButton"));
    connect(save, &QPushButton::clicked, this, &CustomerEditForm::save);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(save, 0, Qt::AlignRight);
}

CustomerEditForm::~CustomerEditForm() = default;

void CustomerEditForm::showCustomer(const core::CustomerProfile& profile)
{
    const core::CustomerSummary& summary = profile.summary;
    m_uid = summary.uid;
    m_firstName->setText(summary.firstName);
    m_lastName->setText(summary.lastName);
    m_email->setText(summary.email);
    m_phone->setText(summary.phoneE164);
    m_postcode->setText(summary.postcode);
    m_card->setText(summary.cardCode);
    m_interests->clear();
    for (const core::InterestChoice& interest : profile.interests) {
        auto* item = new QListWidgetItem(interest.name, m_interests); // owned by the list
        item->setData(Qt::UserRole, interest.categoryUid);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(interest.chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_message->clear();
}

void CustomerEditForm::showProblem(const QString& text)
{
    m_message->setText(text);
}

void CustomerEditForm::save()
{
    if (m_uid.isEmpty())
        return;
    const auto contact = core::validateContact(
        {m_firstName->text(), m_lastName->text(), m_email->text(), m_phone->text(), m_postcode->text()}, m_region);
    if (!contact) {
        m_message->setText(contactProblemText(contact.error()));
        return;
    }
    const QString card = m_card->text().trimmed();
    for (QChar c : card) {
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == u'-' || c == u'_')) {
            m_message->setText(tr("A loyalty card number has only letters, digits and dashes."));
            return;
        }
    }
    core::CustomerEdit edit;
    edit.uid = m_uid;
    edit.contact = *contact;
    edit.cardCode = card;
    for (int row = 0; row < m_interests->count(); ++row) {
        if (m_interests->item(row)->checkState() == Qt::Checked)
            edit.interestCategoryUids << m_interests->item(row)->data(Qt::UserRole).toString();
    }
    m_message->clear();
    emit saveRequested(edit);
}

} // namespace ss::ui
