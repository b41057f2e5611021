// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/DeviceInventory.h"

#include <functional>

namespace ss::devices {

class UsbThread;

/// The settings screen's view of the bus, enumerated on the usb thread through the hub. Saving is
/// left to `store` (the app keeps settings; devices/ does not decide where).
class UsbDeviceInventory final : public core::DeviceInventoryPort
{
public:
    UsbDeviceInventory(
        UsbThread& usb, core::DeviceSettings current, std::function<void(const core::DeviceSettings&)> store);

    QFuture<core::Result<std::vector<core::DeviceEntry>>> devices() override;
    std::vector<core::ProfileChoice> profiles() const override;
    core::DeviceSettings current() const override { return m_current; }
    void save(const core::DeviceSettings& settings) override;

private:
    UsbThread& m_usb;
    core::DeviceSettings m_current;
    std::function<void(const core::DeviceSettings&)> m_store;
};

} // namespace ss::devices
