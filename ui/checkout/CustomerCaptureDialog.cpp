// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerCaptureDialog.h"

#include "ContactProblemText.h"

#include "customers/CaptureMode.h"
#include "customers/ContactDetails.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
QString describe(const core::CustomerMatch& match)
{
    QString text = match.firstName;
    if (!match.lastInitial.isEmpty())
        text += u' ' + match.lastInitial + u'.';
    if (!match.phoneEnding.isEmpty())
        text += CustomerCaptureDialog::tr("  · phone …%1").arg(match.phoneEnding);
    if (!match.emailDomain.isEmpty())
        text += CustomerCaptureDialog::tr("  · @%1").arg(match.emailDomain);
    text += CustomerCaptureDialog::tr("  · %1 visit(s)").arg(match.visits);
    return text;
}
} // namespace

CustomerCaptureDialog::CustomerCaptureDialog(
    core::CustomerPort& customers, QString cashierUid, QString region, QWidget* parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_cashierUid(std::move(cashierUid))
    , m_region(std::move(region))
{
    setObjectName(QStringLiteral("customerCaptureDialog"));
    setWindowTitle(tr("Who is this for?"));
    resize(640, 640);
    auto* layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Returning customer: phone, email or name"));
    m_search->setMaxLength(100);
    m_search->setStyleSheet(QStringLiteral("font-size:20px; padding:6px;"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("customerResultsList"));
    m_results->setMaximumHeight(170);
    m_results->setStyleSheet(QStringLiteral("font-size:17px;"));
    layout->addWidget(m_search);
    layout->addWidget(m_results);

    auto* create = new QGroupBox(tr("New customer"), this);
    auto* form = new QFormLayout(create);
    auto field = [create](const char* name) {
        auto* edit = new QLineEdit(create);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(100);
        return edit;
    };
    m_firstName = field("newCustomerFirstNameLineEdit");
    m_lastName = field("newCustomerLastNameLineEdit");
    m_email = field("newCustomerEmailLineEdit");
    m_phone = field("newCustomerPhoneLineEdit");
    m_postcode = field("newCustomerPostcodeLineEdit");
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Postcode"), m_postcode);
    auto* wording = new QLabel(tr("Ask: “May we tell you about new stock and offers? You can say no, or change your "
                                  "mind at any time.” Tick only what the customer agrees to."),
        create);
    wording->setWordWrap(true);
    form->addRow(wording);
    m_emailConsent = new QCheckBox(tr("Yes to email"), create);
    m_emailConsent->setObjectName(QStringLiteral("emailConsentCheckBox"));
    m_smsConsent = new QCheckBox(tr("Yes to text messages"), create);
    m_smsConsent->setObjectName(QStringLiteral("smsConsentCheckBox"));
    m_postConsent = new QCheckBox(tr("Yes to post"), create);
    m_postConsent->setObjectName(QStringLiteral("postConsentCheckBox"));
    auto* consents = new QHBoxLayout();
    consents->addWidget(m_emailConsent);
    consents->addWidget(m_smsConsent);
    consents->addWidget(m_postConsent);
    form->addRow(consents);
    auto* save = new QPushButton(tr("Save customer"), create);
    save->setObjectName(QStringLiteral("saveCustomerButton"));
    save->setAutoDefault(false);
    form->addRow(save);
    layout->addWidget(create);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("captureMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b42318;"));
    layout->addWidget(m_message);

    auto* skipRow = new QHBoxLayout();
    m_skipReason = new QComboBox(this);
    m_skipReason->setObjectName(QStringLiteral("skipReasonComboBox"));
    m_skipReason->addItem(tr("(no reason)"), QString());
    m_skipReason->addItem(tr("Customer declined"), QStringLiteral("declined"));
    m_skipReason->addItem(tr("In a hurry"), QStringLiteral("hurry"));
    m_skipReason->addItem(tr("Gift or visitor"), QStringLiteral("visitor"));
    auto* skip = new QPushButton(tr("Skip  Esc"), this);
    skip->setObjectName(QStringLiteral("skipCaptureButton"));
    skip->setAutoDefault(false);
    skip->setMinimumHeight(48);
    skipRow->addWidget(m_skipReason, 1);
    skipRow->addWidget(skip);
    layout->addLayout(skipRow);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(120);
    connect(&m_searchDelay, &QTimer::timeout, this, &CustomerCaptureDialog::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { pick(m_results->currentItem()); });
    connect(m_results, &QListWidget::itemActivated, this, &CustomerCaptureDialog::pick);
    connect(save, &QPushButton::clicked, this, &CustomerCaptureDialog::save);
    connect(skip, &QPushButton::clicked, this, &CustomerCaptureDialog::reject);
    m_search->setFocus();
}

CustomerCaptureDialog::~CustomerCaptureDialog() = default;

void CustomerCaptureDialog::search()
{
    const core::CustomerQuery query = core::customerQueryFor(m_search->text(), m_region);
    const quint64 generation = ++m_searchGeneration;
    if (query.isEmpty()) {
        showMatches({});
        return;
    }
    m_customers.find(query, 8).then(
        this, [this, generation](const core::Result<std::vector<core::CustomerMatch>>& found) {
            if (generation == m_searchGeneration)
                showMatches(found ? *found : std::vector<core::CustomerMatch>());
        });
}

void CustomerCaptureDialog::showMatches(const std::vector<core::CustomerMatch>& matches)
{
    m_shown = matches;
    m_results->clear();
    for (const core::CustomerMatch& match : matches)
        m_results->addItem(describe(match));
    if (!matches.empty())
        m_results->setCurrentRow(0);
}

void CustomerCaptureDialog::pick(QListWidgetItem* item)
{
    const int row = item ? m_results->row(item) : -1;
    if (row < 0 || row >= static_cast<int>(m_shown.size()) || m_done)
        return;
    const core::CustomerMatch match = m_shown[static_cast<std::size_t>(row)];
    m_done = true;
    m_customers.recordCapture(m_cashierUid, core::CaptureOutcome::Found, match.uid, {});
    emit attached(match);
    accept();
}

std::optional<core::NewCustomer> CustomerCaptureDialog::readForm()
{
    const auto contact = core::validateContact(
        {m_firstName->text(), m_lastName->text(), m_email->text(), m_phone->text(), m_postcode->text()}, m_region);
    if (!contact) {
        m_message->setText(contactProblemText(contact.error()));
        return std::nullopt;
    }
    core::NewCustomer customer;
    customer.firstName = contact->firstName;
    customer.lastName = contact->lastName;
    customer.email = contact->email;
    customer.phoneE164 = contact->phoneE164;
    customer.postcode = contact->postcode;
    customer.emailConsent = m_emailConsent->isChecked() && !customer.email.isEmpty();
    customer.smsConsent = m_smsConsent->isChecked() && !customer.phoneE164.isEmpty();
    customer.postConsent = m_postConsent->isChecked() && !customer.postcode.isEmpty();
    customer.wordingVersion = QString::fromUtf16(core::kCaptureWordingVersion);
    customer.cashierUid = m_cashierUid;
    return customer;
}

void CustomerCaptureDialog::save()
{
    const auto customer = readForm();
    if (!customer || m_done)
        return;
    auto create = [this, customer = *customer] {
        m_customers.create(customer).then(this, [this](const core::Result<core::CustomerMatch>& created) {
            if (!created) {
                m_message->setText(created.error().code == core::ErrorCode::AlreadyExists
                        ? tr("Someone with that phone or email is already a customer: pick them above.")
                        : tr("The customer could not be saved. The sale can go on without."));
                return;
            }
            m_done = true;
            emit attached(*created);
            accept();
        });
    };
    if (m_duplicatesShown) {
        create();
        return;
    }
    m_customers.likelyDuplicates(*customer).then(
        this, [this, create](const core::Result<std::vector<core::CustomerMatch>>& likely) {
            if (likely && !likely->empty()) {
                m_duplicatesShown = true;
                showMatches(*likely);
                m_message->setText(tr("Is this them? Pick them above, or press Save again for a new record."));
                return;
            }
            create();
        });
}

void CustomerCaptureDialog::reject()
{
    if (!m_done) {
        m_done = true;
        m_customers.recordCapture(
            m_cashierUid, core::CaptureOutcome::Skipped, {}, m_skipReason->currentData().toString());
    }
    QDialog::reject();
}

} // namespace ss::ui
