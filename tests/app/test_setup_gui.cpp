// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run wizard, walked page by page in a real window, ending with a real encrypted store.
#include "Backup.h"
#include "DbWorker.h"
#include "DemoStore.h"
#include "FirstRun.h"
#include "GuiTill.h"
#include "KeyPage.h"
#include "KeyringKeySource.h"
#include "PgTestServer.h"
#include "PinHash.h"
#include "PrinterPage.h"
#include "PrinterProfile.h"
#include "SetupPages.h"
#include "SetupWizard.h"
#include "Statement.h"
#include "StoreFile.h"
#include "SyncSettings.h"
#include "VirtualPrinter.h"
#include "WorkerQueries.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace ss;
using test::child;

namespace {

/// The wizard's printer port: the virtual printer, whose bytes the test reads back.
/// What the wizard's work ended with.
struct Outcome
{
    int opened = 0;
    core::StoreOverview overview;
    std::optional<core::DeviceSettings> devices;
    void watch(app::FirstRun& firstRun)
    {
        QObject::connect(&firstRun, &app::FirstRun::storeOpened,
            [this](const core::StoreOverview& store, const std::optional<core::DeviceSettings>& chosen) {
                ++opened;
                overview = store;
                devices = chosen;
            });
    }
};

struct TestPrinters
{
    QStringList printedText;
    ui::PrinterFactory factory()
    {
        return [this](const core::DeviceSettings&) -> std::unique_ptr<core::PosPrinter> {
            auto printer = std::make_unique<devices::VirtualPrinter>(
                *devices::printerProfile(QStringLiteral("epson-tm-t20iii")));
            QObject::connect(printer.get(), &devices::VirtualPrinter::printed,
                [this](const QByteArray&, const core::PrintedReceipt& receipt) { printedText = receipt.textLines(); });
            return printer;
        };
    }
};

void next(ui::SetupWizard& wizard, int expectedPage)
{
    wizard.next();
    QCoreApplication::processEvents();
    REQUIRE(wizard.currentId() == expectedPage);
}

void finish(ui::SetupWizard& wizard)
{
    QAbstractButton* finishButton = wizard.button(QWizard::FinishButton);
    REQUIRE(finishButton->isVisible());
    REQUIRE(finishButton->isEnabled());
    finishButton->click();
}

} // namespace

TEST_CASE("The set-up wizard makes a new encrypted store with the shop's details, owner and printer", "[gui][setup]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("data/secondsale.db"));
    db::DbWorker database;
    app::KeyringKeySource keyring;
    TestPrinters printers;
    ui::SetupPorts ports;
    ports.makePrinter = printers.factory();
    ports.testSync = app::testSyncConnection; // as the app wires it
    app::FirstRun firstRun(database, path, keyring, std::move(ports));
    Outcome outcome;
    outcome.watch(firstRun);
    firstRun.start();
    ui::SetupWizard& wizard = firstRun.wizard();
    REQUIRE(wizard.isVisible());
    REQUIRE(wizard.currentId() == ui::WelcomePageId);
    test::screenshot(wizard, QStringLiteral("setup-1-welcome.png"));

    next(wizard, ui::StorePageId);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no name yet
    child<QLineEdit>(wizard, "storeNameEdit")->setText(QStringLiteral("Zweirad Müller"));
    child<QPlainTextEdit>(wizard, "addressEdit")->setPlainText(QStringLiteral("Hauptstraße 5\n10115 Berlin"));
    child<QPlainTextEdit>(wizard, "receiptHeaderEdit")->setPlainText(QStringLiteral("USt-IdNr. DE123456789"));
    child<QPlainTextEdit>(wizard, "receiptFooterEdit")->setPlainText(QStringLiteral("Umtausch binnen 14 Tagen"));
    auto* country = child<QComboBox>(wizard, "countryCombo");
    country->setCurrentIndex(country->findData(QStringLiteral("DE")));
    CHECK(child<QComboBox>(wizard, "currencyCombo")->currentData().toString() == QStringLiteral("EUR"));
    test::screenshot(wizard, QStringLiteral("setup-2-shop.png"));

    next(wizard, ui::TaxPageId);
    auto* taxTable = child<QTableView>(wizard, "taxTable");
    auto* taxes = qobject_cast<QStandardItemModel*>(taxTable->model());
    REQUIRE(taxes->rowCount() == 3);
    CHECK(taxes->item(0, 2)->text() == QStringLiteral("19"));
    CHECK(taxes->item(1, 2)->text() == QStringLiteral("7"));
    // A rate that is no percentage stops the page, with the reason on it.
    taxes->item(1, 2)->setText(QStringLiteral("seven"));
    wizard.next();
    CHECK(wizard.currentId() == ui::TaxPageId);
    CHECK(child<QLabel>(*wizard.currentPage(), "problemsLabel")->text().contains(QStringLiteral("percentage")));
    taxes->item(1, 2)->setText(QStringLiteral("7"));
    test::screenshot(wizard, QStringLiteral("setup-3-tax.png"));

    next(wizard, ui::OwnerPageId);
    child<QLineEdit>(wizard, "ownerNameEdit")->setText(QStringLiteral("Jana Müller"));
    child<QLineEdit>(wizard, "pinEdit")->setText(QStringLiteral("2580"));
    child<QLineEdit>(wizard, "pinAgainEdit")->setText(QStringLiteral("2581"));
    wizard.next();
    CHECK(wizard.currentId() == ui::OwnerPageId);
    CHECK(child<QLabel>(*wizard.currentPage(), "problemsLabel")->text().contains(QStringLiteral("differ")));
    child<QLineEdit>(wizard, "pinAgainEdit")->setText(QStringLiteral("2580"));
    test::screenshot(wizard, QStringLiteral("setup-4-owner.png"));

    next(wizard, ui::KeyPageId);
    ui::KeyPage& keyPage = wizard.keyPage();
    // With the keyring, Next waits until the recovery key is saved; the saved sheet holds the key.
    if (child<QRadioButton>(wizard, "keyringRadio")->isEnabled()) {
        CHECK(child<QRadioButton>(wizard, "keyringRadio")->isChecked());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        test::screenshot(wizard, QStringLiteral("setup-5-key.png"));
        const QString sheet = dir.file(QStringLiteral("recovery.txt"));
        REQUIRE(keyPage.saveRecoveryKey(sheet));
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());
        QFile saved(sheet);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        CHECK(text.contains(QStringLiteral("Zweirad Müller")));
        CHECK(core::keyFromTypedText(child<QLabel>(wizard, "recoveryKeyLabel")->text()) == keyPage.key());
    }
    // This test keeps its key as a passphrase: there is no keyring service on a CI machine.
    child<QRadioButton>(wizard, "passphraseRadio")->setChecked(true);
    child<QLineEdit>(wizard, "passphraseEdit")->setText(QStringLiteral("short"));
    child<QLineEdit>(wizard, "passphraseAgainEdit")->setText(QStringLiteral("short"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // "I understand" not ticked
    child<QCheckBox>(wizard, "passphraseUnderstoodCheck")->setChecked(true);
    wizard.next();
    CHECK(wizard.currentId() == ui::KeyPageId);
    CHECK(child<QLabel>(*wizard.currentPage(), "problemsLabel")->text().contains(QStringLiteral("at least")));
    const QString passphrase = QStringLiteral("Speichen und Ritzel 1998");
    child<QLineEdit>(wizard, "passphraseEdit")->setText(passphrase);
    child<QLineEdit>(wizard, "passphraseAgainEdit")->setText(passphrase);
    test::screenshot(wizard, QStringLiteral("setup-5-passphrase.png"));

    next(wizard, ui::PrinterPageId);
    auto* printerList = child<QListWidget>(wizard, "printerList");
    REQUIRE(printerList->count() >= 1);
    CHECK(printerList->currentItem()->text().contains(QStringLiteral("Virtual")));
    QSignalSpy tested(&wizard.printerPage(), &ui::PrinterPage::testPageFinished);
    child<QPushButton>(wizard, "testPageButton")->click();
    REQUIRE(test::waitUntil([&] { return tested.count() == 1; }));
    CHECK(tested.first().first().toBool());
    // The test page carries the name typed two pages back, accents and all.
    CHECK(printers.printedText.join(u'\n').contains(QStringLiteral("Zweirad Müller")));
    CHECK(child<QLabel>(wizard, "printerStatusLabel")->text().contains(QStringLiteral("printed")));
    test::screenshot(wizard, QStringLiteral("setup-6-printer.png"));

    // The other tills: a real PostgreSQL, reached over its socket on this machine.
    test::PgTestServer server;
    next(wizard, ui::SyncPageId);
    CHECK_FALSE(child<QLineEdit>(wizard, "syncHost")->isEnabled()); // off until ticked: one till alone
    child<QCheckBox>(wizard, "syncEnabled")->setChecked(true);
    child<QLineEdit>(wizard, "syncShop")->setText(QStringLiteral("high st"));
    child<QLineEdit>(wizard, "syncHost")->setText(QStringLiteral("central.example.org"));
    auto* tls = child<QComboBox>(wizard, "syncTls");
    tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
    finish(wizard); // refused on the page, with the reasons
    CHECK(wizard.currentId() == ui::SyncPageId);
    const QString refusal = child<QLabel>(wizard, "syncStatus")->text();
    CHECK(refusal.contains(QStringLiteral("shop code")));
    CHECK(refusal.contains(QStringLiteral("encrypted")));
    child<QLineEdit>(wizard, "syncShop")->setText(QStringLiteral("highst"));
    child<QLineEdit>(wizard, "syncHost")->setText(server.endpoint().host);
    child<QSpinBox>(wizard, "syncPort")->setValue(server.endpoint().port);
    child<QLineEdit>(wizard, "syncPassword")->setText(QStringLiteral("not stored in any file"));
    QSignalSpy connected(&wizard.syncPage(), &ui::SyncPage::testFinished);
    child<QPushButton>(wizard, "syncTestButton")->click();
    REQUIRE(test::waitUntil([&] { return connected.count() == 1; }, 20000));
    INFO(child<QLabel>(wizard, "syncStatus")->text().toStdString());
    CHECK(connected.first().first().toBool());
    CHECK(child<QLabel>(wizard, "syncStatus")->text().startsWith(QStringLiteral("Connected, not encrypted")));
    test::screenshot(wizard, QStringLiteral("setup-8-other-tills.png"));

    finish(wizard);
    REQUIRE(test::waitUntil([&] { return outcome.opened == 1; }, 30000));
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("sync"));
        CHECK(settings.value(QStringLiteral("enabled")).toBool());
        CHECK(settings.value(QStringLiteral("shop")).toString() == QStringLiteral("HIGHST"));
        CHECK(settings.value(QStringLiteral("host")).toString() == server.endpoint().host);
        CHECK(settings.value(QStringLiteral("sslmode")).toString() == QStringLiteral("disable"));
        CHECK_FALSE(settings.allKeys().join(u' ').contains(QStringLiteral("password")));
        CHECK(firstRun.syncSetup().password == QStringLiteral("not stored in any file"));
        settings.endGroup();
        settings.remove(QStringLiteral("sync")); // no other test's till should sync
    }
    CHECK_FALSE(wizard.isVisible());
    const core::StoreOverview& overview = outcome.overview;
    CHECK(overview.profile.name == QStringLiteral("Zweirad Müller"));
    CHECK(overview.profile.currency == QStringLiteral("EUR"));
    CHECK(overview.profile.receiptFooter == QStringLiteral("Umtausch binnen 14 Tagen"));
    CHECK_FALSE(overview.demo);
    REQUIRE(outcome.devices);
    CHECK(outcome.devices->printer == QStringLiteral("virtual"));

    // The store is open on the database thread and usable: the owner is there with the PIN typed.
    test::WorkerQueries queries(database);
    CHECK(db::verifyPin(queries.text("SELECT pin_hash FROM cashiers"), QStringLiteral("2580")));
    CHECK(queries.text("SELECT role FROM cashiers") == QStringLiteral("owner"));
    CHECK(queries.count("SELECT sum(rate_bp) FROM tax_classes") == 1900 + 700);

    // Encrypted at rest: only the passphrase opens the file.
    CHECK(db::openStore(path, QByteArrayLiteral("Speichen und Ritzel 1999")).error().code == core::ErrorCode::WrongKey);
    CHECK(db::openStore(path, passphrase.toUtf8()));
}

TEST_CASE("The set-up wizard restores a shop from its backup, and says why a wrong key fails", "[gui][setup]")
{
    test::TempDir dir;
    const QString original = dir.file(QStringLiteral("original.db"));
    const QByteArray key = QByteArrayLiteral("the shop's passphrase");
    core::DemoOptions small;
    small.products = 20;
    small.customers = 15;
    small.months = 2;
    small.lastDay = QDate(2026, 11, 22);
    auto made = db::createDemoStore(original, key, small);
    REQUIRE(made);
    const QString backup = dir.file(QStringLiteral("usb-stick/secondsale-backup.db"));
    QDir().mkpath(dir.file(QStringLiteral("usb-stick")));
    {
        auto store = db::openStore(original, key);
        REQUIRE(store);
        REQUIRE(db::exportEncrypted(*store, backup, key));
    }

    const QString path = dir.file(QStringLiteral("data/secondsale.db"));
    db::DbWorker database;
    app::KeyringKeySource keyring;
    app::FirstRun firstRun(database, path, keyring, ui::SetupPorts {});
    Outcome outcome;
    outcome.watch(firstRun);
    firstRun.start();
    ui::SetupWizard& wizard = firstRun.wizard();
    child<QRadioButton>(wizard, "choice1")->setChecked(true); // restore
    next(wizard, ui::RestorePageId);
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    child<QLineEdit>(wizard, "backupFileEdit")->setText(backup);
    child<QLineEdit>(wizard, "backupKeyEdit")->setText(QStringLiteral("a guess"));
    test::screenshot(wizard, QStringLiteral("setup-7-restore.png"));
    finish(wizard);
    QMessageBox* refusal = nullptr;
    REQUIRE(test::waitUntil(
        [&] {
            refusal = wizard.findChild<QMessageBox*>(QStringLiteral("setupFailedBox"));
            return refusal != nullptr && refusal->isVisible();
        },
        30000));
    CHECK(refusal->text().contains(QStringLiteral("key"), Qt::CaseInsensitive));
    CHECK(wizard.isVisible());
    CHECK_FALSE(QFileInfo::exists(path));
    refusal->accept();

    child<QLineEdit>(wizard, "backupKeyEdit")->setText(QString::fromUtf8(key));
    finish(wizard);
    REQUIRE(test::waitUntil([&] { return outcome.opened == 1; }, 30000));
    CHECK(outcome.overview.customerCount == made->customers);
    CHECK(outcome.overview.saleCount == made->sales);
    CHECK_FALSE(outcome.devices);
}
