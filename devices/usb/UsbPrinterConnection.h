// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UsbDeviceInfo.h"
#include "devices/PrinterStatus.h"

#include <QByteArray>

#include <chrono>
#include <memory>

struct libusb_device_handle;

namespace ss::devices {

class UsbContext;

/// One claimed ESC/POS printer: its interface claimed (the kernel's usblp detached while we hold
/// it), bulk OUT for jobs, bulk IN for real-time status. Released and closed on destruction.
/// Not thread-safe: it lives on the "usb" thread with the context it was opened from.
class UsbPrinterConnection final
{
public:
    /// Opens the device at `where` (bus and address). PermissionDenied names the udev rule that
    /// grants access; DeviceBusy says another program or driver holds the printer.
    [[nodiscard]] static core::Result<UsbPrinterConnection> open(const UsbContext& context, const UsbDeviceInfo& where);

    UsbPrinterConnection(UsbPrinterConnection&&) noexcept;
    UsbPrinterConnection& operator=(UsbPrinterConnection&&) noexcept;
    UsbPrinterConnection(const UsbPrinterConnection&) = delete;
    UsbPrinterConnection& operator=(const UsbPrinterConnection&) = delete;
    ~UsbPrinterConnection();

    /// Sends `bytes` in chunks, each with `timeout`; fails (with what was sent in the detail) on the
    /// first chunk the printer does not take.
    [[nodiscard]] core::Result<void> write(const QByteArray& bytes, std::chrono::milliseconds timeout);
    [[nodiscard]] core::Result<QByteArray> read(int maxBytes, std::chrono::milliseconds timeout);
    /// Asks DLE EOT 1, 2 and 4 and decodes the replies.
    [[nodiscard]] core::Result<core::PrinterStatus> queryStatus(bool drawerOpenWhenPinHigh = false);

    [[nodiscard]] const UsbDeviceInfo& device() const { return m_device; }

private:
    struct Close
    {
        int interfaceNumber = 0;
        void operator()(libusb_device_handle* handle) const;
    };
    UsbPrinterConnection(
        libusb_device_handle* handle, int interfaceNumber, quint8 outEndpoint, quint8 inEndpoint, UsbDeviceInfo device);

    std::unique_ptr<libusb_device_handle, Close> m_handle;
    quint8 m_out = 0;
    quint8 m_in = 0;
    UsbDeviceInfo m_device;
};

} // namespace ss::devices
