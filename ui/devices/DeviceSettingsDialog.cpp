// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSettingsDialog.h"

#include "ports/BarcodeScanner.h"
#include "ports/PosPrinter.h"
#include "ports/PrintQueuePort.h"
#include "print/PrintSpooler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString statusWords(const core::PrinterStatus& status)
{
    if (!status.connected)
        return DeviceSettingsDialog::tr("not connected");
    QStringList words;
    words << (status.online ? DeviceSettingsDialog::tr("online") : DeviceSettingsDialog::tr("offline"));
    if (status.coverOpen)
        words << DeviceSettingsDialog::tr("cover open");
    if (status.paperEmpty)
        words << DeviceSettingsDialog::tr("paper out");
    else if (status.paperNearEnd)
        words << DeviceSettingsDialog::tr("paper nearly out");
    if (status.errorState)
        words << DeviceSettingsDialog::tr("error");
    words << (status.drawerOpen ? DeviceSettingsDialog::tr("drawer open") : DeviceSettingsDialog::tr("drawer closed"));
    return words.join(QStringLiteral(", "));
}

} // namespace

DeviceSettingsDialog::DeviceSettingsDialog(core::DeviceInventoryPort& inventory, core::PosPrinter& printer,
    core::BarcodeScanner* scanner, core::PrintQueuePort& queue, core::PrintSpooler& spooler, QWidget* parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_printer(printer)
    , m_scanner(scanner)
    , m_queue(queue)
    , m_spooler(spooler)
{
    setObjectName(QStringLiteral("deviceSettingsDialog"));
    setWindowTitle(tr("Devices"));
    resize(820, 620);

    m_devices = new QTreeWidget(this);
    m_devices->setObjectName(QStringLiteral("devicesTree"));
    m_devices->setHeaderLabels({tr("Device"), tr("Model"), tr("Where"), tr("Profile")});
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deviceStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("deviceHelpLabel"));
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("background:#fff7ed; border:1px solid #fdba74; padding:8px;"));
    m_help->hide();

    m_printerChoice = new QComboBox(this);
    m_printerChoice->setObjectName(QStringLiteral("printerComboBox"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    for (const core::ProfileChoice& profile : m_inventory.profiles())
        m_profile->addItem(tr("%1 (%2 columns)").arg(profile.name).arg(profile.columns), profile.key);
    m_codePage = new QComboBox(this);
    m_codePage->setObjectName(QStringLiteral("codePageComboBox"));
    m_scannerChoice = new QComboBox(this);
    m_scannerChoice->setObjectName(QStringLiteral("scannerComboBox"));
    auto* form = new QFormLayout;
    form->addRow(tr("Receipt printer"), m_printerChoice);
    form->addRow(tr("Printer profile"), m_profile);
    form->addRow(tr("Code page"), m_codePage);
    form->addRow(tr("Scanner"), m_scannerChoice);

    auto* test = new QPushButton(tr("Print a test page"), this);
    test->setObjectName(QStringLiteral("testPrintButton"));
    auto* drawer = new QPushButton(tr("Open the drawer"), this);
    drawer->setObjectName(QStringLiteral("openDrawerButton"));
    auto* rescan = new QPushButton(tr("Look again"), this);
    rescan->setObjectName(QStringLiteral("rescanButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(test);
    actions->addWidget(drawer);
    actions->addWidget(rescan);
    actions->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deviceMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveDevicesButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Plugged in:"), this));
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_help);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &DeviceSettingsDialog::fillCodePages);
    connect(test, &QPushButton::clicked, this, &DeviceSettingsDialog::testPrint);
    connect(drawer, &QPushButton::clicked, this, [this] {
        m_printer.openDrawer();
        m_message->setText(tr("Drawer kick sent."));
    });
    connect(rescan, &QPushButton::clicked, this, &DeviceSettingsDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_printer, &core::PosPrinter::statusChanged, this, &DeviceSettingsDialog::showStatus);
    if (m_scanner)
        connect(m_scanner, &core::BarcodeScanner::connectedChanged, this, &DeviceSettingsDialog::showStatus);

    const core::DeviceSettings current = m_inventory.current();
    selectData(m_profile, current.profile);
    fillCodePages();
    selectData(m_codePage, current.codePage);
    refresh();
    showStatus();
}

DeviceSettingsDialog::~DeviceSettingsDialog() = default;

void DeviceSettingsDialog::refresh()
{
    m_inventory.devices().then(this, [this](const core::Result<std::vector<core::DeviceEntry>>& devices) {
        if (!devices) {
            m_message->setText(tr("The USB devices could not be read (%1).").arg(devices.error().detail));
            showDevices({});
            return;
        }
        showDevices(*devices);
    });
}

void DeviceSettingsDialog::showDevices(const std::vector<core::DeviceEntry>& devices)
{
    const core::DeviceSettings current = m_inventory.current();
    m_devices->clear();
    m_printerChoice->clear();
    m_printerChoice->addItem(
        tr("Automatic: a USB printer when one is plugged in, else the virtual one"), QStringLiteral("auto"));
    m_printerChoice->addItem(tr("Virtual printer (on screen, for the demo or no hardware)"), QStringLiteral("virtual"));
    m_scannerChoice->clear();
    m_scannerChoice->addItem(tr("Automatic: any supported HID POS scanner"), QStringLiteral("auto"));
    m_scannerChoice->addItem(tr("None (keyboard-wedge scanners only)"), QStringLiteral("none"));
    for (const core::DeviceEntry& device : devices) {
        auto* item = new QTreeWidgetItem(m_devices); // owned by the tree
        const bool printer = device.kind == core::DeviceEntry::Kind::Printer;
        item->setText(0, printer ? tr("Printer") : tr("Scanner"));
        item->setText(1, device.model);
        item->setText(2, device.where);
        item->setText(3, device.profileKey);
        if (printer) {
            m_printerChoice->addItem(tr("%1 (%2)").arg(device.model, device.id), device.id);
        } else {
            m_scannerChoice->addItem(tr("%1 — HID POS").arg(device.model), device.id);
            m_scannerChoice->addItem(
                tr("%1 — keyboard mode, read directly").arg(device.model), device.id + QStringLiteral(":boot"));
        }
    }
    if (devices.empty())
        new QTreeWidgetItem(m_devices, {tr("Nothing supported is plugged in."), {}, {}, {}});
    selectData(m_printerChoice, current.printer);
    selectData(m_scannerChoice, current.scanner);
}

void DeviceSettingsDialog::showStatus()
{
    QString text = tr("In use now: %1 — %2.").arg(m_printer.name(), statusWords(m_printer.status()));
    if (m_scanner)
        text += u'\n'
            + tr("Scanner: %1 — %2.")
                  .arg(m_scanner->name(), m_scanner->isConnected() ? tr("connected") : tr("not connected"));
    m_status->setText(text);
    const auto problem = m_printer.connectionProblem();
    if (problem && problem->code == core::ErrorCode::PermissionDenied) {
        m_help->setText(tr("Linux does not let SecondSale use the printer yet. The SecondSale package installs "
                           "/lib/udev/rules.d/70-secondsale.rules, which gives the person at the till access to "
                           "supported printers and scanners. Without the package, copy packaging/70-secondsale.rules "
                           "there, run 'sudo udevadm control --reload' and 'sudo udevadm trigger', then unplug the "
                           "printer and plug it in again."));
        m_help->show();
    } else if (problem && problem->code == core::ErrorCode::DeviceBusy) {
        m_help->setText(tr("Another program holds the printer — usually a CUPS print queue made for it. Remove "
                           "that queue (or stop the program), then unplug the printer and plug it in again."));
        m_help->show();
    } else {
        m_help->hide();
    }
}

void DeviceSettingsDialog::fillCodePages()
{
    m_codePage->clear();
    const QString key = m_profile->currentData().toString();
    for (const core::ProfileChoice& profile : m_inventory.profiles()) {
        if (profile.key != key)
            continue;
        for (const QString& page : profile.codePages)
            m_codePage->addItem(page, page);
    }
}

void DeviceSettingsDialog::save()
{
    core::DeviceSettings settings;
    settings.printer = m_printerChoice->currentData().toString();
    settings.profile = m_profile->currentData().toString();
    settings.codePage = m_codePage->currentData().toString();
    settings.scanner = m_scannerChoice->currentData().toString();
    m_inventory.save(settings);
    m_message->setText(tr("Saved. The till uses these devices from its next start."));
}

void DeviceSettingsDialog::testPrint()
{
    // Through the real queue and spooler: the test proves the whole path a receipt takes.
    const QString page = tr("SecondSale test page\n%1\n\nIf you can read this, receipts will print.\n"
                            "Umlauts: ä ö ü ß  Euro: €  Accents: é è ç")
                             .arg(m_printer.name());
    m_queue.queueText(QStringLiteral("test"), page).then(this, [this](const core::Result<qint64>& queued) {
        m_message->setText(queued ? tr("Test page queued.") : tr("The test page could not be queued."));
        if (queued)
            m_spooler.wake();
    });
}

} // namespace ss::ui
