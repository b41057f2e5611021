// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbDeviceInventory.h"

#include "PrinterProfile.h"
#include "SupportedDevices.h"
#include "UsbContext.h"
#include "UsbHub.h"

#include <QPromise>

#include <memory>

namespace ss::devices {

UsbDeviceInventory::UsbDeviceInventory(
    UsbThread& usb, core::DeviceSettings current, std::function<void(const core::DeviceSettings&)> store)
    : m_usb(usb)
    , m_current(std::move(current))
    , m_store(std::move(store))
{ }

QFuture<core::Result<std::vector<core::DeviceEntry>>> UsbDeviceInventory::devices()
{
    auto promise = std::make_shared<QPromise<core::Result<std::vector<core::DeviceEntry>>>>();
    QFuture<core::Result<std::vector<core::DeviceEntry>>> future = promise->future();
    promise->start();
    UsbHub* hub = &m_usb.hub();
    QMetaObject::invokeMethod(
        hub,
        [hub, promise] {
            core::Result<std::vector<core::DeviceEntry>> result = std::vector<core::DeviceEntry>();
            if (!hub->context()) {
                result = core::fail(core::ErrorCode::DeviceIo, QStringLiteral("libusb is not running"));
            } else if (auto found = hub->context()->enumerate(); !found) {
                result = std::unexpected(found.error());
            } else {
                for (const UsbDeviceInfo& device : *found) {
                    const auto known = recognise(device);
                    if (!known)
                        continue;
                    core::DeviceEntry entry;
                    entry.kind = known->role == DeviceRole::ReceiptPrinter ? core::DeviceEntry::Kind::Printer
                                                                           : core::DeviceEntry::Kind::Scanner;
                    entry.id = QStringLiteral("usb:%1:%2")
                                   .arg(device.vendorId, 4, 16, QLatin1Char('0'))
                                   .arg(device.productId, 4, 16, QLatin1Char('0'));
                    entry.model = QString::fromUtf16(known->model);
                    entry.where = device.describe();
                    entry.profileKey = QString::fromUtf16(known->profile);
                    result->push_back(std::move(entry));
                }
            }
            promise->addResult(std::move(result));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

std::vector<core::ProfileChoice> UsbDeviceInventory::profiles() const
{
    std::vector<core::ProfileChoice> choices;
    for (const PrinterProfile& profile : printerProfiles()) {
        core::ProfileChoice choice {profile.key, profile.name, profile.columns, {}};
        for (const CodePage& page : profile.codePages)
            choice.codePages << page.icu;
        choices.push_back(std::move(choice));
    }
    return choices;
}

void UsbDeviceInventory::save(const core::DeviceSettings& settings)
{
    m_current = settings;
    if (m_store)
        m_store(settings);
}

} // namespace ss::devices
