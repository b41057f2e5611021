// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "CentralCoupons.h"
#include "DbWorker.h"
#include "DemoStore.h"
#include "ErrorText.h"
#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"
#include "FirstRun.h"
#include "KeySource.h"
#include "KeyringKeySource.h"
#include "MainWindow.h"
#include "SupportedDevices.h"
#include "SyncSettings.h"
#include "TillContext.h"
#include "UsbContext.h"
#include "UsbDeviceInventory.h"
#include "UsbHub.h"
#include "UsbPosPrinter.h"
#include "UsbScanner.h"
#include "VirtualPrinter.h"
#include "devices/LogoDither.h"
#include "devices/ReceiptPreviewWindow.h"
#include "store/StoreSetup.h"

#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScreen>
#include <QSettings>

Q_LOGGING_CATEGORY(lcStartup, "secondsale.startup")

namespace ss::app {

Startup::Startup(StartupOptions options, db::DbWorker& database, ui::MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_database(database)
    , m_window(window)
    , m_keyring(new KeyringKeySource(this))
{
    connect(m_keyring, &KeyringKeySource::found, this, &Startup::openWithKey);
    connect(m_keyring, &KeyringKeySource::unavailable, this, [this](const QString& reason) {
        qCInfo(lcStartup) << "no key in the keyring:" << reason;
        askPassphrase();
    });
}

Startup::~Startup()
{
    m_database.drain(); // jobs in flight finish while the screens their continuations run on exist
    m_window.stopTill(); // the screens refer to the session: remove them first
}

void Startup::opened(const core::Result<core::StoreOverview>& overview)
{
    if (!overview) {
        qCWarning(lcStartup) << "open failed:" << overview.error().detail;
        m_window.showStartupError(ErrorText::describe(overview.error().code));
        emit finished(false);
        return;
    }
    m_window.showStore(*overview);
    applySavedDeviceSettings();
    auto printer = makePrinter();
    auto scanner = makeScanner();
    m_deviceSettings = std::make_unique<devices::UsbDeviceInventory>(
        usb(), savedDeviceSettings(), [](const core::DeviceSettings& settings) { saveDeviceSettings(settings); });
    m_till = std::make_unique<TillContext>(
        m_database, overview->profile, std::move(printer), std::move(scanner), m_deviceSettings.get());
    loadReceiptLogo();
    startSync(overview->profile);
    const core::StoreProfile profile = overview->profile;
    // The owner's settings, read once: the capture mode the till starts with, and the rest (a logo
    // kept in the store, segments, coupon days) handed to the checkout.
    m_till->settings.settings().then(this, [this, profile](const core::Result<core::StoreSettings>& settings) {
        ui::TillPorts ports = m_till->ports();
        ports.printerColumns = m_printerProfile.columns;
        ports.chainReports = m_chainReports.get();
        ports.printPreview = [printer = m_printerProfile](const core::ReceiptDocument& document) {
            auto bytes = devices::encodeEscPos(document, printer);
            return bytes ? devices::interpretEscPos(*bytes) : core::PrintedReceipt {};
        };
        m_window.startTill(ports, profile, settings ? settings->captureMode : core::CaptureMode::WhenNoCustomer);
        if (settings)
            m_window.applySettings(*settings);
        else
            qCWarning(lcStartup) << "settings unreadable, starting with the defaults:" << settings.error().detail;
        emit finished(true);
    });
}

void Startup::start()
{
    m_window.showOpening(m_options.storePath);
    if (m_options.demo) {
        core::DemoOptions demo;
        demo.lastDay = QDate::currentDate();
        m_storeKey = QByteArray(db::kDemoKey);
        m_database.openDemo(m_options.storePath, demo)
            .then(this, [this](const core::Result<core::StoreOverview>& opened) {
                if (!opened)
                    qCWarning(lcStartup) << "demo store:" << opened.error().detail;
                this->opened(opened); // the demo is a working till, like any store
            });
        return;
    }
    if (!QFileInfo::exists(m_options.storePath)) {
        runFirstRun();
        return;
    }
    auto key = scriptKey(m_options.keyFile, kKeyEnvironmentVariable);
    if (key) {
        openWithKey(*key);
        return;
    }
    if (key.error().code != core::ErrorCode::NotFound) {
        m_window.showStartupError(ErrorText::describe(key.error().code));
        emit finished(false);
        return;
    }
    m_keyring->read(m_options.storePath);
}

std::unique_ptr<core::PosPrinter> Startup::makePrinter()
{
    core::DeviceSettings choice;
    choice.printer = m_options.printer;
    choice.profile = m_options.printerProfile;
    choice.codePage = m_options.codePage;
    return printerFor(choice);
}

std::unique_ptr<core::PosPrinter> Startup::printerFor(const core::DeviceSettings& settings)
{
    const QString choice = settings.printer.trimmed().toLower();
    std::optional<devices::SupportedDevice> found;
    quint16 vendorId = 0;
    quint16 productId = 0;
    if (choice.startsWith(QStringLiteral("usb:"))) {
        vendorId = choice.section(u':', 1, 1).toUShort(nullptr, 16);
        productId = choice.section(u':', 2, 2).toUShort(nullptr, 16);
    }
    if (choice == u"auto") {
        // A one-off look at the bus before the printer's own thread exists; that thread then owns
        // every handle. A printer plugged in later is found from the device settings.
        if (auto context = devices::UsbContext::create()) {
            for (const devices::UsbDeviceInfo& device :
                context->enumerate().value_or(std::vector<devices::UsbDeviceInfo>()))
                if (auto known = devices::recognise(device);
                    known && known->role == devices::DeviceRole::ReceiptPrinter)
                    found = known;
        }
    }
    if (choice.startsWith(QStringLiteral("usb")) || found) {
        QString profileKey = settings.profile;
        if (profileKey.isEmpty())
            profileKey = found ? QString::fromUtf16(found->profile) : QStringLiteral("epson-tm-t20iii");
        auto profile = devices::printerProfile(profileKey);
        if (!profile)
            profile = devices::printerProfile(QStringLiteral("generic-80"));
        if (auto page = profile->withCodePage(settings.codePage))
            profile = page;
        qCInfo(lcStartup) << "receipt printer: USB," << profile->name;
        m_printerColumns = profile->columns;
        m_printerProfile = *profile;
        return std::make_unique<devices::UsbPosPrinter>(usb(), *profile, vendorId, productId);
    }
    // No printer: receipts go to the virtual printer, whose window shows the very bytes a
    // TM-T20III would get.
    auto profile
        = devices::printerProfile(settings.profile.isEmpty() ? QStringLiteral("epson-tm-t20iii") : settings.profile);
    if (!profile)
        profile = devices::printerProfile(QStringLiteral("epson-tm-t20iii"));
    if (auto page = profile->withCodePage(settings.codePage))
        profile = page;
    auto printer = std::make_unique<devices::VirtualPrinter>(*profile);
    m_printerColumns = profile->columns;
    m_printerProfile = *profile;
    showOnPreview(*printer);
    return printer;
}

void Startup::showOnPreview(devices::VirtualPrinter& printer)
{
    if (!m_preview)
        m_preview = std::make_unique<ui::ReceiptPreviewWindow>(printer.name(), m_printerColumns);
    connect(&printer, &devices::VirtualPrinter::printed, m_preview.get(),
        [preview = m_preview.get()](const QByteArray&, const core::PrintedReceipt& receipt) {
            preview->showReceipt(receipt);
            if (!preview->isVisible()) {
                preview->move(preview->screen()->availableGeometry().topRight() - QPoint(preview->width(), 0));
                preview->show();
            }
        });
    connect(
        m_preview.get(), &ui::ReceiptPreviewWindow::paperOutToggled, &printer, &devices::VirtualPrinter::setPaperOut);
}

namespace {
constexpr auto kPrinterKey = "devices/printer";
constexpr auto kProfileKey = "devices/profile";
constexpr auto kCodePageKey = "devices/codePage";
constexpr auto kScannerKey = "devices/scanner";
} // namespace

core::DeviceSettings Startup::savedDeviceSettings()
{
    // Per terminal, in the user's configuration folder (QStandardPaths via QSettings).
    const QSettings settings;
    core::DeviceSettings saved;
    saved.printer = settings.value(QString::fromLatin1(kPrinterKey), QStringLiteral("auto")).toString();
    saved.profile = settings.value(QString::fromLatin1(kProfileKey)).toString();
    saved.codePage = settings.value(QString::fromLatin1(kCodePageKey)).toString();
    saved.scanner = settings.value(QString::fromLatin1(kScannerKey), QStringLiteral("auto")).toString();
    return saved;
}

void Startup::saveDeviceSettings(const core::DeviceSettings& chosen)
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(kPrinterKey), chosen.printer);
    settings.setValue(QString::fromLatin1(kProfileKey), chosen.profile);
    settings.setValue(QString::fromLatin1(kCodePageKey), chosen.codePage);
    settings.setValue(QString::fromLatin1(kScannerKey), chosen.scanner);
}

void Startup::applySavedDeviceSettings()
{
    // The command line wins; otherwise what the manager chose on the device settings screen.
    const core::DeviceSettings saved = savedDeviceSettings();
    if (m_options.printer == u"auto")
        m_options.printer = saved.printer;
    if (m_options.printerProfile.isEmpty())
        m_options.printerProfile = saved.profile;
    if (m_options.codePage.isEmpty())
        m_options.codePage = saved.codePage;
    if (m_options.scanner == u"auto")
        m_options.scanner = saved.scanner;
}

void Startup::loadReceiptLogo()
{
    const QString path = m_options.receiptLogo.isEmpty() ? QSettings().value(QStringLiteral("receipt/logo")).toString()
                                                         : m_options.receiptLogo;
    if (path.isEmpty())
        return;
    const QImage picture(path);
    if (picture.isNull()) {
        qCWarning(lcStartup) << "receipt logo unreadable, printing without it:" << path;
        return;
    }
    // Two thirds of the paper's width: a logo, not a poster.
    const int paperDots = m_printerColumns * 12;
    m_till->spooler.setReceiptLogo(ui::ditherLogo(picture, paperDots * 2 / 3));
}

devices::UsbThread& Startup::usb()
{
    if (!m_usb)
        m_usb = std::make_unique<devices::UsbThread>();
    return *m_usb;
}

std::unique_ptr<core::BarcodeScanner> Startup::makeScanner()
{
    const QString choice = m_options.scanner.trimmed().toLower();
    if (choice == u"none")
        return nullptr;
    if (choice.startsWith(QStringLiteral("usb:"))) {
        const quint16 vendorId = choice.section(u':', 1, 1).toUShort(nullptr, 16);
        const quint16 productId = choice.section(u':', 2, 2).toUShort(nullptr, 16);
        const auto mode
            = choice.section(u':', 3, 3) == u"boot" ? devices::ScannerMode::BootKeyboard : devices::ScannerMode::HidPos;
        return std::make_unique<devices::UsbScanner>(usb(), mode, vendorId, productId);
    }
    // auto: waits for any HID POS scanner of the supported table; keyboard-wedge scanners work anyway.
    return std::make_unique<devices::UsbScanner>(usb(), devices::ScannerMode::HidPos);
}

void Startup::startSync(const core::StoreProfile& profile)
{
    auto config = loadSyncConfig(profile.terminalId);
    if (!config)
        return; // a till that works alone: no status line, no central checks
    if (m_storeKey.isEmpty()) {
        qCWarning(lcStartup) << "sync starts at the next start of the till (the store was just created)";
        return;
    }
    m_chainReports = std::make_unique<db::sync::CentralReports>(config->endpoint);
    if (!m_firstSyncPassword.isNull()) { // typed into the wizard a moment ago; the keyring write may still run
        runSync(*config, std::exchange(m_firstSyncPassword, QString()));
        return;
    }
    m_syncKeyring = new KeyringKeySource(this);
    connect(m_syncKeyring, &KeyringKeySource::found, this,
        [this, config = *config](const QByteArray& password) { runSync(config, QString::fromUtf8(password)); });
    connect(m_syncKeyring, &KeyringKeySource::unavailable, this, [this, config = *config](const QString& reason) {
        // libpq may still find a password in ~/.pgpass, or the server may accept the till's certificate.
        qCInfo(lcStartup) << "no central store password in the keyring:" << reason;
        runSync(config, {});
    });
    m_syncKeyring->readEntry(syncKeyringEntry(config->identity));
}

void Startup::runSync(db::sync::SyncConfig config, const QString& password)
{
    config.endpoint.password = password;
    m_chainReports->setPassword(password);
    db::sync::CentralCoupons::Options options;
    options.offlineRule = config.offlineCoupons;
    m_till->sales.setCouponClaims(
        std::make_shared<db::sync::CentralCoupons>(config.endpoint, config.identity, options));
    m_sync = std::make_unique<db::sync::SyncService>(m_options.storePath, m_storeKey, config);
    connect(m_sync.get(), &db::sync::SyncService::statusChanged, &m_window, &ui::MainWindow::showSyncStatus);
    connect(&m_window, &ui::MainWindow::syncRequested, m_sync.get(), &db::sync::SyncService::syncNow);
    m_sync->start();
}

void Startup::openWithKey(const QByteArray& key)
{
    m_storeKey = key;
    m_database.open(m_options.storePath, key).then(this, [this](const core::Result<core::StoreOverview>& overview) {
        opened(overview);
    });
}

void Startup::runFirstRun()
{
    if (!m_deviceSettings)
        m_deviceSettings = std::make_unique<devices::UsbDeviceInventory>(
            usb(), savedDeviceSettings(), [](const core::DeviceSettings& settings) { saveDeviceSettings(settings); });
    ui::SetupPorts ports;
    ports.devices = m_deviceSettings.get();
    ports.makePrinter = [this](const core::DeviceSettings& choice) { return printerFor(choice); };
    ports.keyringProblem = KeyringKeySource::unavailableReason();
    ports.testSync = testSyncConnection;
    m_firstRun = std::make_unique<FirstRun>(m_database, m_options.storePath, *m_keyring, std::move(ports));
    // Each ends the wizard's part; it is deleted once its signal has returned.
    auto done = [this] { m_firstRun.release()->deleteLater(); };
    connect(m_firstRun.get(), &FirstRun::storeOpened, this,
        [this, done](const core::StoreOverview& overview, const std::optional<core::DeviceSettings>& devices) {
            m_storeKey = m_firstRun->storeKey();
            if (m_firstRun->syncSetup().enabled)
                m_firstSyncPassword = m_firstRun->syncSetup().password;
            done();
            if (devices) {
                saveDeviceSettings(*devices);
                m_options.printer = devices->printer;
                m_options.printerProfile = devices->profile;
            }
            m_deviceSettings.reset(); // made again for the till, with the saved choice
            opened(overview);
        });
    connect(m_firstRun.get(), &FirstRun::demoChosen, this, [this, done] {
        done();
        m_options.demo = true;
        m_options.storePath = defaultDemoStorePath();
        start();
    });
    connect(m_firstRun.get(), &FirstRun::cancelled, this, [this, done] {
        done();
        m_window.showStartupError(tr("No store was set up. Start SecondSale again to set one up."));
        emit finished(false);
    });
    m_firstRun->start();
}

void Startup::askPassphrase()
{
    // Not QInputDialog::getText: its nested event loop would run the app's timers re-entrantly.
    auto* dialog = new QInputDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Unlock the store"));
    dialog->setLabelText(tr("Enter the store's passphrase or its recovery key:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this](const QString& typed) { openWithKey(core::keyFromTypedText(typed)); });
    connect(dialog, &QInputDialog::rejected, this, [this] {
        m_window.showStartupError(tr("No passphrase was given, so the store stays locked."));
        emit finished(false);
    });
    dialog->open();
}

} // namespace ss::app
