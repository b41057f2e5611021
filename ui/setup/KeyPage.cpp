// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPage.h"

#include "FileExport.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

namespace ss::ui {

KeyPage::KeyPage(const QString& keyringProblem, QWidget* parent)
    : QWizardPage(parent)
    , m_generatedKey(core::generateStoreKey())
    , m_keyring(new QRadioButton(tr("Keep the key in this computer's keyring (recommended)"), this))
    , m_passphrase(new QRadioButton(tr("I will type a passphrase at every start"), this))
    , m_keyringSection(new QWidget(this))
    , m_passphraseSection(new QWidget(this))
    , m_recoverySaved(new QCheckBox(tr("I have saved or written down the recovery key"), m_keyringSection))
    , m_phrase(new QLineEdit(m_passphraseSection))
    , m_phraseAgain(new QLineEdit(m_passphraseSection))
    , m_understood(new QCheckBox(
          tr("I understand: if the passphrase is lost, nobody can open the store, not even SecondSale's makers"),
          m_passphraseSection))
    , m_problems(new QLabel(this))
{
    setTitle(tr("The store's key"));
    setSubTitle(tr("Everything in the store — customers, sales, products — is encrypted with a key. Without "
                   "the key the store cannot be opened, and there is no way around that."));
    m_keyring->setObjectName(QStringLiteral("keyringRadio"));
    m_passphrase->setObjectName(QStringLiteral("passphraseRadio"));
    m_recoverySaved->setObjectName(QStringLiteral("recoverySavedCheck"));
    m_phrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_phraseAgain->setObjectName(QStringLiteral("passphraseAgainEdit"));
    m_understood->setObjectName(QStringLiteral("passphraseUnderstoodCheck"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));

    // The keyring part: the recovery key, shown once, to be saved away from the till.
    auto* recovery = new QLabel(core::recoveryKeyText(m_generatedKey), m_keyringSection);
    recovery->setObjectName(QStringLiteral("recoveryKeyLabel"));
    recovery->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    recovery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recovery->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save the recovery key to a file…"), m_keyringSection);
    save->setObjectName(QStringLiteral("saveRecoveryButton"));
    auto* saved = new QLabel(m_keyringSection);
    saved->setWordWrap(true);
    connect(save, &QPushButton::clicked, this, [this, saved] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the recovery key"), tr("SecondSale recovery key.txt"), tr("Text files (*.txt)"));
        if (!path.isEmpty())
            saved->setText(saveRecoveryKey(path)
                    ? tr("Saved to %1. Keep it away from the till.").arg(path)
                    : tr("The file could not be written (disk full or no permission): choose another place."));
    });
    auto* keyringLayout = new QVBoxLayout(m_keyringSection);
    keyringLayout->setContentsMargins(24, 0, 0, 0);
    auto* explain = new QLabel(tr("SecondSale makes a random key and the keyring unlocks the store when you log "
                                  "in to this computer. If the computer breaks, the recovery key opens the store's "
                                  "backups on a new one. Save it on a USB stick or write it down, and keep it away "
                                  "from the till:"),
        m_keyringSection);
    explain->setWordWrap(true);
    keyringLayout->addWidget(explain);
    keyringLayout->addWidget(recovery);
    keyringLayout->addWidget(save, 0, Qt::AlignLeft);
    keyringLayout->addWidget(saved);
    keyringLayout->addWidget(m_recoverySaved);

    // The passphrase part.
    for (QLineEdit* edit : {m_phrase, m_phraseAgain}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    auto* warning = new QLabel(tr("<b>A lost passphrase means a lost store.</b> Choose at least %1 characters — a "
                                  "few unrelated words are easy to remember and hard to guess.")
                                   .arg(core::StoreSetupRules::kMinPassphraseLength),
        m_passphraseSection);
    warning->setWordWrap(true);
    m_understood->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));
    auto* passphraseLayout = new QFormLayout(m_passphraseSection);
    passphraseLayout->setContentsMargins(24, 0, 0, 0);
    passphraseLayout->addRow(warning);
    passphraseLayout->addRow(tr("&Passphrase:"), m_phrase);
    passphraseLayout->addRow(tr("Passphrase &again:"), m_phraseAgain);
    passphraseLayout->addRow(m_understood);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keyring);
    if (!keyringProblem.isEmpty()) {
        auto* why = new QLabel(keyringProblem, this);
        why->setObjectName(QStringLiteral("keyringProblemLabel"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_keyringSection);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_passphraseSection);
    layout->addWidget(m_problems);
    layout->addStretch();

    m_keyring->setEnabled(keyringProblem.isEmpty());
    (keyringProblem.isEmpty() ? m_keyring : m_passphrase)->setChecked(true);
    for (QRadioButton* choice : {m_keyring, m_passphrase})
        connect(choice, &QRadioButton::toggled, this, &KeyPage::updateSections);
    for (QCheckBox* check : {m_recoverySaved, m_understood})
        connect(check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    updateSections();
}

void KeyPage::updateSections()
{
    m_keyringSection->setEnabled(m_keyring->isChecked());
    m_passphraseSection->setEnabled(m_passphrase->isChecked());
    emit completeChanged();
}

core::KeyKeeping KeyPage::keyKeeping() const
{
    return m_keyring->isChecked() ? core::KeyKeeping::Keyring : core::KeyKeeping::Passphrase;
}

QByteArray KeyPage::key() const
{
    return keyKeeping() == core::KeyKeeping::Keyring ? m_generatedKey : m_phrase->text().toUtf8();
}

bool KeyPage::isComplete() const
{
    if (keyKeeping() == core::KeyKeeping::Keyring)
        return m_recoverySaved->isChecked();
    return !m_phrase->text().isEmpty() && !m_phraseAgain->text().isEmpty() && m_understood->isChecked();
}

bool KeyPage::validatePage()
{
    QString problem;
    if (keyKeeping() == core::KeyKeeping::Passphrase) {
        if (m_phrase->text().size() < core::StoreSetupRules::kMinPassphraseLength)
            problem
                = tr("The passphrase must be at least %1 characters.").arg(core::StoreSetupRules::kMinPassphraseLength);
        else if (m_phrase->text() != m_phraseAgain->text())
            problem = tr("The two passphrases differ: type the same one twice.");
    }
    m_problems->setText(problem);
    return problem.isEmpty();
}

bool KeyPage::saveRecoveryKey(const QString& path)
{
    if (!writeWholeFile(path, recoverySheet(field(QStringLiteral("storeName")).toString()).toUtf8()))
        return false;
    m_recoverySaved->setChecked(true);
    return true;
}

QString KeyPage::recoverySheet(const QString& storeName) const
{
    return tr("SecondSale recovery key for %1\n\n%2\n\n"
              "Keep this somewhere safe, away from the till. Type it in when SecondSale asks for the store's "
              "passphrase: on a new computer, after restoring a backup, or when the keyring is lost.\n"
              "Anyone with this key and the store file can read the store.\n")
        .arg(storeName, core::recoveryKeyText(m_generatedKey));
}

} // namespace ss::ui
