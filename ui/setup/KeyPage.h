// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreSetup.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace ss::ui {

/// How the store's key is kept: a random key in the desktop's keyring (with a recovery key the owner
/// saves), or a passphrase the owner types at every start. Either way nobody can read the store
/// without it, and the page says so plainly: a lost key is lost data.
class KeyPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// `keyringProblem` is empty when a keyring can hold the key, else why it cannot (for the owner).
    KeyPage(const QString& keyringProblem, QWidget* parent = nullptr);
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] core::KeyKeeping keyKeeping() const;
    [[nodiscard]] QByteArray key() const;
    /// Writes the recovery sheet to `path` (whole or not at all) and ticks "saved" when it worked.
    bool saveRecoveryKey(const QString& path);
    /// What the saved recovery file says, for `storeName`.
    [[nodiscard]] QString recoverySheet(const QString& storeName) const;

private:
    void updateSections();

    QByteArray m_generatedKey;
    QRadioButton* m_keyring;
    QRadioButton* m_passphrase;
    QWidget* m_keyringSection;
    QWidget* m_passphraseSection;
    QCheckBox* m_recoverySaved;
    QLineEdit* m_phrase;
    QLineEdit* m_phraseAgain;
    QCheckBox* m_understood;
    QLabel* m_problems;
};

} // namespace ss::ui
