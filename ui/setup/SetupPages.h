// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreSetup.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ss::ui {

class TaxRatesEditor;

/// The wizard's page ids, in the order a new store walks them.
enum SetupPageId {
    WelcomePageId,
    StorePageId,
    TaxPageId,
    OwnerPageId,
    KeyPageId,
    PrinterPageId,
    RestorePageId,
    SyncPageId,
};

/// What the owner came to do: a new store, a restore from backup, or a look at the demo.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice {
        NewStore,
        Restore,
        Demo,
    };
    explicit WelcomePage(QWidget* parent = nullptr);
    [[nodiscard]] Choice choice() const;
    [[nodiscard]] int nextId() const override;

private:
    QButtonGroup* m_choices;
};

/// Who the store is: name and address, the words on every receipt, country and currency, the till.
class StorePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit StorePage(QWidget* parent = nullptr);
    [[nodiscard]] core::StoreProfile profile() const;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QComboBox* m_country;
    QComboBox* m_currency;
    QLineEdit* m_terminal;
    QPlainTextEdit* m_header;
    QPlainTextEdit* m_footer;
    QLabel* m_problems;
};

/// The tax classes products will use, filled in for the store's country and editable.
class TaxPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit TaxPage(QWidget* parent = nullptr);
    void initializePage() override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] std::vector<core::TaxRateSetup> rates() const;

private:
    TaxRatesEditor* m_editor;
    QLabel* m_problems;
    QString m_filledFor; ///< The country whose defaults are in the table; refilled when it changes.
};

/// The owner's account: the first person who can log in, with every right.
class OwnerPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OwnerPage(QWidget* parent = nullptr);
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] QString ownerName() const;
    [[nodiscard]] QString pin() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    QLabel* m_problems;
};

/// Restoring a store from a backup file, with the key it was made with.
class RestorePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestorePage(QWidget* parent = nullptr);
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override { return -1; }
    [[nodiscard]] QString backupFile() const;
    [[nodiscard]] QByteArray key() const;

private:
    QLineEdit* m_file;
    QLineEdit* m_key;
};

} // namespace ss::ui
