// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UsbDeviceInfo.h"

#include <QString>

#include <optional>
#include <span>

namespace ss::devices {

enum class DeviceRole {
    ReceiptPrinter,
    BarcodeScanner,
};

/// One row of the supported-device table: data, not code, so adding a printer is one line here
/// (and one in packaging/udev rules, which are generated from the same list).
struct SupportedDevice
{
    quint16 vendorId;
    quint16 productId;
    DeviceRole role;
    const char16_t* model;
    const char16_t* profile; ///< Printer profile key (ESC/POS capabilities), empty for scanners.
};

[[nodiscard]] std::span<const SupportedDevice> supportedDevices();

/// The table's entry for this device; else, for an unknown device of USB printer class (7), a
/// generic ESC/POS printer guess; std::nullopt for anything else.
[[nodiscard]] std::optional<SupportedDevice> recognise(const UsbDeviceInfo& device);

} // namespace ss::devices
