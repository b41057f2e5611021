// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrinterPage.h"
#include "SyncPage.h"
#include "store/StoreSetup.h"

#include <QWizard>

namespace ss::ui {

class WelcomePage;
class StorePage;
class TaxPage;
class OwnerPage;
class KeyPage;
class RestorePage;

/// What the first-run wizard needs from the terminal.
struct SetupPorts
{
    core::DeviceInventoryPort* devices = nullptr; ///< May be null: only the virtual printer is offered.
    PrinterFactory makePrinter; ///< For the test page.
    QString keyringProblem; ///< Empty when the keyring can hold the key; else why not, for the owner.
    SyncConnectionTest testSync; ///< Tries a central PostgreSQL (the other tills' page).
};

/// The first start on a terminal with no store: the shop's details, its tax rates, the owner's
/// account, how the key is kept, the receipt printer — or a restore from backup, or the demo.
/// It collects and checks; the app does the work and answers with finishSucceeded/finishFailed, the
/// wizard staying open (and nothing typed lost) until the store exists.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(SetupPorts ports, QWidget* parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] core::StoreSetup setup() const;
    [[nodiscard]] KeyPage& keyPage() const { return *m_key; }
    [[nodiscard]] PrinterPage& printerPage() const { return *m_printer; }
    [[nodiscard]] SyncPage& syncPage() const { return *m_sync; }

    /// The store exists and is open: the wizard closes.
    void finishSucceeded();
    /// It could not be done; `message` says why, in words, and the owner can go back and change things.
    void finishFailed(const QString& message);

signals:
    void createRequested(const ss::core::StoreSetup& setup);
    void restoreRequested(const QString& backupFile, const QByteArray& key);
    void demoRequested();

protected:
    void accept() override;

private:
    void setBusy(bool busy);

    WelcomePage* m_welcome;
    StorePage* m_store;
    TaxPage* m_tax;
    OwnerPage* m_owner;
    KeyPage* m_key;
    PrinterPage* m_printer;
    RestorePage* m_restore;
    SyncPage* m_sync;
    QString m_finishText;
};

} // namespace ss::ui
