// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "KeyPage.h"
#include "SetupPages.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace ss::ui {

SetupWizard::SetupWizard(SetupPorts ports, QWidget* parent)
    : QWizard(parent)
    , m_welcome(new WelcomePage(this))
    , m_store(new StorePage(this))
    , m_tax(new TaxPage(this))
    , m_owner(new OwnerPage(this))
    , m_key(new KeyPage(ports.keyringProblem, this))
    , m_printer(new PrinterPage(
          ports.devices, std::move(ports.makePrinter), [this] { return m_store->profile(); }, this))
    , m_restore(new RestorePage(this))
    , m_sync(new SyncPage(std::move(ports.testSync), this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up SecondSale"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(WelcomePageId, m_welcome);
    setPage(StorePageId, m_store);
    setPage(TaxPageId, m_tax);
    setPage(OwnerPageId, m_owner);
    setPage(KeyPageId, m_key);
    setPage(PrinterPageId, m_printer);
    setPage(RestorePageId, m_restore);
    setPage(SyncPageId, m_sync);
    setStartId(WelcomePageId);
    m_finishText = buttonText(QWizard::FinishButton);
    resize(720, 560);
}

SetupWizard::~SetupWizard() = default;

core::StoreSetup SetupWizard::setup() const
{
    core::StoreSetup setup;
    setup.profile = m_store->profile();
    setup.taxRates = m_tax->rates();
    setup.ownerName = m_owner->ownerName();
    setup.ownerPin = m_owner->pin();
    setup.keyKeeping = m_key->keyKeeping();
    setup.key = m_key->key();
    setup.devices = m_printer->chosen();
    setup.sync = m_sync->syncSetup();
    return setup;
}

void SetupWizard::accept()
{
    // QWizard::accept would check the last page; this override must do it itself.
    if (!validateCurrentPage())
        return;
    // Not QDialog::accept yet: the wizard stays until the app says the store is there.
    setBusy(true);
    switch (m_welcome->choice()) {
    case WelcomePage::Choice::Demo: emit demoRequested(); break;
    case WelcomePage::Choice::Restore: emit restoreRequested(m_restore->backupFile(), m_restore->key()); break;
    case WelcomePage::Choice::NewStore: emit createRequested(setup()); break;
    }
}

void SetupWizard::setBusy(bool busy)
{
    for (const auto which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        if (QAbstractButton* button = this->button(which))
            button->setEnabled(!busy);
    setButtonText(QWizard::FinishButton,
        busy ? (m_welcome->choice() == WelcomePage::Choice::Restore ? tr("Restoring…") : tr("Creating…"))
             : m_finishText);
}

void SetupWizard::finishSucceeded()
{
    setBusy(false);
    QWizard::accept();
}

void SetupWizard::finishFailed(const QString& message)
{
    setBusy(false);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Set up SecondSale"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("setupFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ss::ui
