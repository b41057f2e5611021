// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbScanner.h"

#include "UsbHub.h"

namespace ss::devices {

UsbScanner::UsbScanner(UsbThread& usb, ScannerMode mode, quint16 vendorId, quint16 productId, QObject* parent)
    : BarcodeScanner(parent)
    , m_mode(mode)
{
    m_worker = new UsbScannerWorker(usb.hub(), vendorId, productId, mode);
    m_worker->moveToThread(&usb.thread());
    connect(m_worker, &UsbScannerWorker::scanned, this, &BarcodeScanner::scanned, Qt::QueuedConnection);
    connect(
        m_worker, &UsbScannerWorker::connectedChanged, this,
        [this](bool connected) {
            m_connected = connected;
            emit connectedChanged(connected);
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &UsbScannerWorker::start, Qt::QueuedConnection);
}

UsbScanner::~UsbScanner()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
}

QString UsbScanner::name() const
{
    return m_mode == ScannerMode::HidPos ? tr("USB scanner (HID POS)")
                                         : tr("USB scanner (keyboard mode, read directly)");
}

} // namespace ss::devices
