// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanEvent.h"

#include <QObject>

namespace ss::core {

/// A barcode scanner as the till sees it (UnifiedPOS Scanner): scans arrive as events with their
/// data and, when the scanner says, the symbology. Implementations live in devices/ (USB HID POS,
/// keyboard-boot over libusb); keyboard-wedge scanners come through the checkout's key filter instead.
class BarcodeScanner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarcodeScanner)

public:
    using QObject::QObject;
    ~BarcodeScanner() override = default;

    [[nodiscard]] virtual bool isConnected() const = 0;
    [[nodiscard]] virtual QString name() const = 0;

signals:
    void scanned(const ss::core::ScanEvent& event);
    void connectedChanged(bool connected);
};

} // namespace ss::core
