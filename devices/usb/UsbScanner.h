// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UsbScannerWorker.h"
#include "ports/BarcodeScanner.h"

namespace ss::devices {

class UsbThread;

/// A USB barcode scanner for the till (GUI-thread face of a UsbScannerWorker on the usb thread).
class UsbScanner final : public core::BarcodeScanner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbScanner)

public:
    UsbScanner(
        UsbThread& usb, ScannerMode mode, quint16 vendorId = 0, quint16 productId = 0, QObject* parent = nullptr);
    ~UsbScanner() override;

    [[nodiscard]] bool isConnected() const override { return m_connected; }
    [[nodiscard]] QString name() const override;

private:
    UsbScannerWorker* m_worker = nullptr; ///< Lives on the usb thread; deleted there by ~UsbScanner.
    ScannerMode m_mode;
    bool m_connected = false;
};

} // namespace ss::devices
