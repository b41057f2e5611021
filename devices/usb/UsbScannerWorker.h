// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HidPosDecoder.h"
#include "scan/ScanEvent.h"

#include <QObject>

#include <memory>
#include <variant>

struct libusb_device_handle;
struct libusb_transfer;

namespace ss::devices {

class UsbHub;

/// How a USB scanner talks: HID POS reports (data + symbology), or keyboard-boot reports that we
/// read ourselves so the desktop's keyboard layout never sees them.
enum class ScannerMode {
    HidPos,
    BootKeyboard,
};

/// Reads one USB scanner on the "usb" thread: claims its HID interface (the kernel's usbhid is
/// detached while we hold it), keeps an interrupt IN transfer queued, decodes what arrives.
class UsbScannerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbScannerWorker)

public:
    /// `vendorId` 0: the first HID POS scanner of the supported-devices table.
    UsbScannerWorker(UsbHub& hub, quint16 vendorId, quint16 productId, ScannerMode mode, QObject* parent = nullptr);
    ~UsbScannerWorker() override;

public slots:
    void start();
    void stop();

signals:
    void scanned(const ss::core::ScanEvent& event);
    void connectedChanged(bool connected);

private:
    struct Close
    {
        int interfaceNumber; // no initialiser: a nested class's one would make it unusable in unique_ptr here
        void operator()(libusb_device_handle* handle) const;
    };
    struct FreeTransfer
    {
        void operator()(libusb_transfer* transfer) const;
    };
    static void onTransfer(libusb_transfer* transfer);
    void tryOpen();
    [[nodiscard]] bool stillPlugged() const;
    void completed(libusb_transfer* transfer);
    void close();

    UsbHub& m_hub;
    quint16 m_vendorId;
    quint16 m_productId;
    ScannerMode m_mode;
    std::unique_ptr<libusb_device_handle, Close> m_handle {nullptr, Close {0}};
    std::unique_ptr<libusb_transfer, FreeTransfer> m_transfer;
    unsigned char m_buffer[64] {};
    bool m_inFlight = false;
    HidPosDecoder m_hidPos;
    BootKeyboardDecoder m_boot;
};

} // namespace ss::devices
