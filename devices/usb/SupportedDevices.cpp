// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportedDevices.h"

#include <array>

namespace ss::devices {

namespace {
constexpr quint8 kPrinterClass = 7;

constexpr std::array kDevices = {
    SupportedDevice {0x04b8, 0x0e28, DeviceRole::ReceiptPrinter, u"Epson TM-T20III", u"epson-tm-t20iii"},
    SupportedDevice {0x04b8, 0x0e15, DeviceRole::ReceiptPrinter, u"Epson TM-T20II", u"epson-tm-t20iii"},
    SupportedDevice {0x04b8, 0x0202, DeviceRole::ReceiptPrinter, u"Epson TM-T88 series", u"epson-tm-t88vi"},
    SupportedDevice {0x1504, 0x0006, DeviceRole::ReceiptPrinter, u"Bixolon SRP-350", u"bixolon-80"},
    SupportedDevice {0x1d90, 0x2060, DeviceRole::ReceiptPrinter, u"Citizen CT-S310II", u"citizen-80"},
    SupportedDevice {0x0c2e, 0x0b61, DeviceRole::BarcodeScanner, u"Honeywell Voyager (HID POS)", u""},
    SupportedDevice {0x05e0, 0x1200, DeviceRole::BarcodeScanner, u"Zebra/Symbol scanner (HID POS)", u""},
};
} // namespace

std::span<const SupportedDevice> supportedDevices()
{
    return kDevices;
}

std::optional<SupportedDevice> recognise(const UsbDeviceInfo& device)
{
    for (const SupportedDevice& known : kDevices) {
        if (known.vendorId == device.vendorId && known.productId == device.productId)
            return known;
    }
    if (device.deviceClass == kPrinterClass || device.hasInterfaceClass(kPrinterClass))
        return SupportedDevice {device.vendorId, device.productId, DeviceRole::ReceiptPrinter,
            u"Generic USB receipt printer", u"generic-80"};
    return std::nullopt;
}

} // namespace ss::devices
