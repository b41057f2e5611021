// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <QObject>
#include <QString>

#include "CentralReports.h"
#include "PrinterProfile.h"
#include "Result.h"
#include "SyncService.h"
#include "ports/DeviceInventory.h"
#include "store/StoreProfile.h"

#include <memory>

namespace ss::db {
class DbWorker;
}
namespace ss::ui {
class MainWindow;
class ReceiptPreviewWindow;
} // namespace ss::ui
namespace ss::core {
class BarcodeScanner;
class PosPrinter;
} // namespace ss::core
namespace ss::devices {
class UsbThread;
class VirtualPrinter;
} // namespace ss::devices

namespace ss::app {

class FirstRun;
class KeyringKeySource;
class TillContext;

struct StartupOptions
{
    QString storePath;
    bool demo = false;
    QString keyFile;
    /// "auto" (a supported USB printer when one is plugged in, else the virtual one), "virtual",
    /// "usb" (the first supported USB printer), or "usb:VVVV:PPPP".
    QString printer = QStringLiteral("auto");
    QString printerProfile; ///< Profile key; empty: from the USB id table, or the TM-T20III.
    QString codePage; ///< ICU name of one of the profile's code pages; empty: its default.
    QString receiptLogo; ///< A picture printed at the top of receipts; empty: setting "receipt/logo".
    /// "auto" (a supported HID POS scanner whenever one is plugged in), "none", or
    /// "usb:VVVV:PPPP[:boot]" (boot: a keyboard-mode scanner read directly, layout-proof).
    QString scanner = QStringLiteral("auto");
};

/// Opens the store without ever blocking the GUI thread: finds the key (script key → keyring →
/// passphrase prompt), opens the store on the database thread, then fills the main window.
class Startup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Startup)

public:
    Startup(StartupOptions options, db::DbWorker& database, ui::MainWindow& window, QObject* parent = nullptr);
    ~Startup() override;

    void start();
    /// The set-up wizard while it is shown (first start with no store), else null.
    [[nodiscard]] FirstRun* firstRun() const { return m_firstRun.get(); }

signals:
    /// The store is open; `ok` is false when start-up failed and the window shows why.
    void finished(bool ok);

private:
    void openWithKey(const QByteArray& key);
    void askPassphrase();
    void runFirstRun();
    /// The printer a device choice stands for (the wizard's test page uses it too).
    [[nodiscard]] std::unique_ptr<core::PosPrinter> printerFor(const core::DeviceSettings& choice);
    void showOnPreview(devices::VirtualPrinter& printer);
    void opened(const core::Result<core::StoreOverview>& overview);
    [[nodiscard]] std::unique_ptr<core::PosPrinter> makePrinter();
    [[nodiscard]] std::unique_ptr<core::BarcodeScanner> makeScanner();
    devices::UsbThread& usb();
    void applySavedDeviceSettings();
    void loadReceiptLogo();
    /// With other tills configured: the central password from the keyring, then the sync service.
    void startSync(const core::StoreProfile& profile);
    void runSync(db::sync::SyncConfig config, const QString& password);
    static core::DeviceSettings savedDeviceSettings();
    static void saveDeviceSettings(const core::DeviceSettings& settings);

    StartupOptions m_options;
    db::DbWorker& m_database;
    ui::MainWindow& m_window;
    KeyringKeySource* m_keyring = nullptr;
    int m_printerColumns = 48;
    devices::PrinterProfile m_printerProfile; ///< Of the printer in use: the previews encode with it.
    std::unique_ptr<devices::UsbThread> m_usb; // outlives the USB printer that runs on it
    std::unique_ptr<core::DeviceInventoryPort> m_deviceSettings;
    std::unique_ptr<ui::ReceiptPreviewWindow> m_preview; // outlives the till's printer that feeds it
    std::unique_ptr<TillContext> m_till;
    std::unique_ptr<FirstRun> m_firstRun;
    QByteArray m_storeKey; ///< The sync service opens its own connection to the store with it.
    KeyringKeySource* m_syncKeyring = nullptr;
    QString m_firstSyncPassword; ///< From the set-up wizard, for the first start only.
    std::unique_ptr<db::sync::CentralReports> m_chainReports; ///< The owner's all-shops figures.
    std::unique_ptr<db::sync::SyncService> m_sync; // declared after the till: stopped first
};

} // namespace ss::app
