// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrinterPage.h"

#include "SetupPages.h"

#include "receipt/ReceiptDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
constexpr int kSettingsRole = Qt::UserRole;
constexpr int kProfileRole = Qt::UserRole + 1;
constexpr qint64 kTestJob = 1;
} // namespace

PrinterPage::PrinterPage(core::DeviceInventoryPort* devices, PrinterFactory makePrinter,
    std::function<core::StoreProfile()> storeProfile, QWidget* parent)
    : QWizardPage(parent)
    , m_devices(devices)
    , m_makePrinter(std::move(makePrinter))
    , m_storeProfile(std::move(storeProfile))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("The receipt printer"));
    setSubTitle(tr("Plug in the receipt printer and switch it on. Without one, receipts show on the screen "
                   "(the virtual printer) and you can choose a printer later under Devices."));
    m_list->setObjectName(QStringLiteral("printerList"));
    m_status->setObjectName(QStringLiteral("printerStatusLabel"));
    m_status->setWordWrap(true);
    auto* again = new QPushButton(tr("&Look again"), this);
    again->setObjectName(QStringLiteral("lookAgainButton"));
    auto* test = new QPushButton(tr("Print a &test page"), this);
    test->setObjectName(QStringLiteral("testPageButton"));
    connect(again, &QPushButton::clicked, this, &PrinterPage::refresh);
    connect(test, &QPushButton::clicked, this, &PrinterPage::printTestPage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(again);
    buttons->addWidget(test);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

PrinterPage::~PrinterPage() = default;

int PrinterPage::nextId() const
{
    return SyncPageId; // then the other tills, if there are any
}

void PrinterPage::initializePage()
{
    refresh();
}

void PrinterPage::refresh()
{
    m_list->clear();
    auto* virtualPrinter = new QListWidgetItem(tr("Virtual printer (receipts on the screen)"), m_list);
    virtualPrinter->setData(kSettingsRole, QStringLiteral("virtual"));
    m_list->setCurrentItem(virtualPrinter);
    if (!m_devices) {
        m_status->setText(tr("USB printers cannot be looked for on this computer."));
        return;
    }
    m_status->setText(tr("Looking for printers…"));
    m_devices->devices().then(
        this, [this](const core::Result<std::vector<core::DeviceEntry>>& found) { listed(found); });
}

void PrinterPage::listed(const core::Result<std::vector<core::DeviceEntry>>& found)
{
    if (!found) {
        m_status->setText(tr("The USB bus could not be read, so only the virtual printer is offered."));
        return;
    }
    int printers = 0;
    for (const core::DeviceEntry& device : *found) {
        if (device.kind != core::DeviceEntry::Kind::Printer)
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(device.model, device.where), m_list);
        item->setData(kSettingsRole, device.id);
        item->setData(kProfileRole, device.profileKey);
        if (printers++ == 0)
            m_list->setCurrentItem(item); // a real printer beats the virtual one
    }
    m_status->setText(printers == 0 ? tr("No receipt printer found. Check its cable and power, then Look again.")
                                    : tr("Found %n receipt printer(s).", nullptr, printers));
}

core::DeviceSettings PrinterPage::chosen() const
{
    core::DeviceSettings settings;
    if (const QListWidgetItem* item = m_list->currentItem()) {
        settings.printer = item->data(kSettingsRole).toString();
        settings.profile = item->data(kProfileRole).toString();
    }
    return settings;
}

void PrinterPage::printTestPage()
{
    if (!m_makePrinter)
        return;
    m_testPrinter = m_makePrinter(chosen());
    if (!m_testPrinter) {
        m_status->setText(tr("That printer cannot be used. Choose another, or the virtual printer."));
        emit testPageFinished(false);
        return;
    }
    core::PosPrinter* printer = m_testPrinter.get();
    connect(printer, &core::PosPrinter::jobPrinted, this, [this](qint64) {
        m_status->setText(tr("The test page printed. Check that the shop's name and the barcodes are clear."));
        emit testPageFinished(true);
    });
    connect(printer, &core::PosPrinter::jobFailed, this, [this](qint64, const core::Error& error) {
        m_status->setText(tr("The test page did not print (%1). Check the paper, the lid and the cable, then try "
                             "again.")
                              .arg(error.detail));
        emit testPageFinished(false);
    });
    m_status->setText(tr("Printing the test page…"));
    printer->print(kTestJob, core::testPage(m_storeProfile(), printer->name()));
}

} // namespace ss::ui
