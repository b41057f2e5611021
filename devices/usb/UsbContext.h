// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UsbDeviceInfo.h"

#include <memory>

struct libusb_context;

namespace ss::devices {

/// Owns one libusb context. Not thread-safe by design: the devices layer keeps it on one thread
/// (the "usb" worker), which is the only thread that ever calls into libusb.
class UsbContext final
{
public:
    [[nodiscard]] static core::Result<UsbContext> create();

    UsbContext(UsbContext&&) noexcept;
    UsbContext& operator=(UsbContext&&) noexcept;
    UsbContext(const UsbContext&) = delete;
    UsbContext& operator=(const UsbContext&) = delete;
    ~UsbContext();

    /// Every USB device currently attached, with its interface classes.
    [[nodiscard]] core::Result<std::vector<UsbDeviceInfo>> enumerate() const;

    [[nodiscard]] libusb_context* handle() const { return m_context.get(); }

private:
    struct Exit
    {
        void operator()(libusb_context* context) const;
    };
    explicit UsbContext(libusb_context* context);

    std::unique_ptr<libusb_context, Exit> m_context;
};

} // namespace ss::devices
