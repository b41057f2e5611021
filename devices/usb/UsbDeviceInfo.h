// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace ss::devices {

/// What a USB device is, copied out of its descriptors: a value, safe to pass between threads.
struct UsbDeviceInfo
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint8 busNumber = 0;
    quint8 deviceAddress = 0;
    quint8 deviceClass = 0;
    /// Interface classes of the first configuration (7 = printer, 3 = HID).
    std::vector<quint8> interfaceClasses;

    [[nodiscard]] bool hasInterfaceClass(quint8 interfaceClass) const;
    /// "04b8:0e28 on bus 1 address 2"
    [[nodiscard]] QString describe() const;
};

} // namespace ss::devices
