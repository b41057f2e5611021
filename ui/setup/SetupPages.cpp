// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "FormFields.h"
#include "StoreChoices.h"
#include "TaxRatesEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizard>

namespace ss::ui {

namespace {

QLineEdit* pinEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(core::StoreSetupRules::kMaxPinDigits);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    return edit;
}

} // namespace

// --- Welcome ---

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent)
    , m_choices(new QButtonGroup(this))
{
    setTitle(tr("Welcome to SecondSale"));
    setSubTitle(tr("There is no store on this computer yet. What would you like to do?"));
    auto* layout = new QVBoxLayout(this);
    const std::pair<Choice, QString> options[] = {
        {Choice::NewStore, tr("Set up my shop (a new, empty store)")},
        {Choice::Restore, tr("Restore my shop from a backup")},
        {Choice::Demo, tr("Try the demo shop (invented products, customers and sales)")},
    };
    for (const auto& [choice, text] : options) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("choice%1").arg(static_cast<int>(choice)));
        m_choices->addButton(button, static_cast<int>(choice));
        layout->addWidget(button);
    }
    m_choices->button(static_cast<int>(Choice::NewStore))->setChecked(true);
    auto* note = new QLabel(tr("The demo shop opens with a published key: never keep real customers in it."), this);
    note->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch();
    // The Finish button appears for the demo, Next for the others.
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            emit completeChanged();
    });
}

WelcomePage::Choice WelcomePage::choice() const
{
    return static_cast<Choice>(m_choices->checkedId());
}

int WelcomePage::nextId() const
{
    switch (choice()) {
    case Choice::NewStore: return StorePageId;
    case Choice::Restore: return RestorePageId;
    case Choice::Demo: return -1;
    }
    return -1;
}

// --- Store ---

StorePage::StorePage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_address(linesEdit(this, QStringLiteral("addressEdit"), 3))
    , m_country(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_terminal(new QLineEdit(QStringLiteral("T01"), this))
    , m_header(linesEdit(this, QStringLiteral("receiptHeaderEdit"), 2))
    , m_footer(linesEdit(this, QStringLiteral("receiptFooterEdit"), 2))
    , m_problems(problemLabel(this))
{
    setTitle(tr("Your shop"));
    setSubTitle(tr("The name and address are printed at the top of every receipt."));
    m_name->setObjectName(QStringLiteral("storeNameEdit"));
    m_name->setMaxLength(60);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_terminal->setObjectName(QStringLiteral("terminalEdit"));
    m_terminal->setMaxLength(8);
    m_terminal->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_terminal));
    StoreChoices::fillCountries(*m_country);
    StoreChoices::fillCurrencies(*m_currency);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        m_currency->setCurrentIndex(
            m_currency->findData(core::StoreSetupRules::defaultCurrency(m_country->currentData().toString())));
    });
    m_header->setPlaceholderText(tr("For example your VAT number and opening hours"));
    m_footer->setPlaceholderText(tr("For example your returns policy and website"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Shop &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Receipt &header:"), m_header);
    form->addRow(tr("Receipt &footer:"), m_footer);
    form->addRow(tr("This &till's number:"), m_terminal);
    form->addRow(m_problems);
    registerField(QStringLiteral("storeName"), m_name);
    registerField(QStringLiteral("country"), m_country, "currentData", SIGNAL(currentIndexChanged(int)));
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_terminal, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

core::StoreProfile StorePage::profile() const
{
    core::StoreProfile profile;
    profile.name = m_name->text().trimmed();
    profile.addressLines = m_address->toPlainText().trimmed();
    profile.countryCode = m_country->currentData().toString();
    profile.currency = m_currency->currentData().toString();
    profile.terminalId = m_terminal->text().trimmed().toUpper();
    profile.receiptHeader = m_header->toPlainText().trimmed();
    profile.receiptFooter = m_footer->toPlainText().trimmed();
    return profile;
}

bool StorePage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !m_terminal->text().trimmed().isEmpty();
}

bool StorePage::validatePage()
{
    const QStringList problems = core::StoreSetupRules::profileProblems(profile());
    m_problems->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// --- Tax ---

TaxPage::TaxPage(QWidget* parent)
    : QWizardPage(parent)
    , m_editor(new TaxRatesEditor(this))
    , m_problems(problemLabel(this))
{
    setTitle(tr("Tax rates"));
    setSubTitle(tr("The rates your products are sold at. You can change them later in the store's settings."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_problems);
}

void TaxPage::initializePage()
{
    const QString country = field(QStringLiteral("country")).toString();
    if (country != m_filledFor) {
        m_editor->setRates(core::StoreSetupRules::defaultTaxRates(country));
        m_filledFor = country;
    }
}

std::vector<core::TaxRateSetup> TaxPage::rates() const
{
    QStringList problems; // validatePage has shown them already
    return m_editor->parsed(problems).value_or(std::vector<core::TaxRateSetup> {});
}

bool TaxPage::validatePage()
{
    QStringList problems;
    const bool ok = m_editor->parsed(problems).has_value();
    m_problems->setText(problems.join(u'\n'));
    return ok;
}

// --- Owner ---

OwnerPage::OwnerPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_pin(pinEdit(this, QStringLiteral("pinEdit")))
    , m_pinAgain(pinEdit(this, QStringLiteral("pinAgainEdit")))
    , m_problems(problemLabel(this))
{
    setTitle(tr("The owner"));
    setSubTitle(tr("You log in with your name and PIN. As the owner you may do everything, including adding "
                   "managers and cashiers later."));
    m_name->setObjectName(QStringLiteral("ownerNameEdit"));
    m_name->setMaxLength(60);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&PIN (%1 to %2 digits):")
                     .arg(core::StoreSetupRules::kMinPinDigits)
                     .arg(core::StoreSetupRules::kMaxPinDigits),
        m_pin);
    form->addRow(tr("PIN &again:"), m_pinAgain);
    form->addRow(m_problems);
}

QString OwnerPage::ownerName() const
{
    return m_name->text().trimmed();
}

QString OwnerPage::pin() const
{
    return m_pin->text();
}

bool OwnerPage::validatePage()
{
    QStringList problems;
    if (ownerName().isEmpty())
        problems << tr("Type your name: it shows on the log-in screen.");
    if (!core::StoreSetupRules::isValidPin(pin()))
        problems << tr("The PIN must be %1 to %2 digits.")
                        .arg(core::StoreSetupRules::kMinPinDigits)
                        .arg(core::StoreSetupRules::kMaxPinDigits);
    else if (pin() != m_pinAgain->text())
        problems << tr("The two PINs differ: type the same PIN twice.");
    m_problems->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

// --- Restore ---

RestorePage::RestorePage(QWidget* parent)
    : QWizardPage(parent)
    , m_file(new QLineEdit(this))
    , m_key(new QLineEdit(this))
{
    setTitle(tr("Restore from a backup"));
    setSubTitle(tr("Choose the backup file (for example on the shop's USB stick) and type the passphrase or "
                   "recovery key of the store it was made from. The backup is checked before it is used."));
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    m_key->setObjectName(QStringLiteral("backupKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    auto* browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Choose the backup"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("SecondSale backups (*.db *.ssbackup)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        dialog->open();
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Backup file:"), fileRow);
    form->addRow(tr("&Passphrase or recovery key:"), m_key);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_key, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool RestorePage::isComplete() const
{
    return QFileInfo(backupFile()).isFile() && !m_key->text().isEmpty();
}

QString RestorePage::backupFile() const
{
    return m_file->text().trimmed();
}

QByteArray RestorePage::key() const
{
    return core::keyFromTypedText(m_key->text());
}

} // namespace ss::ui
