// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbScannerWorker.h"

#include "SupportedDevices.h"
#include "UsbContext.h"
#include "UsbHub.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <libusb.h>

namespace ss::devices {

namespace {

Q_LOGGING_CATEGORY(lcUsbScanner, "ss.devices.usb.scanner")

struct DeviceListDeleter
{
    void operator()(libusb_device** list) const { libusb_free_device_list(list, 1); }
};

struct ConfigDeleter
{
    void operator()(libusb_config_descriptor* config) const { libusb_free_config_descriptor(config); }
};

/// The first HID interface with an interrupt IN endpoint.
bool findInterruptIn(libusb_device* device, int& interfaceNumber, unsigned char& endpoint, int& packetSize)
{
    libusb_config_descriptor* raw = nullptr;
    if (libusb_get_config_descriptor(device, 0, &raw) != LIBUSB_SUCCESS)
        return false;
    const std::unique_ptr<libusb_config_descriptor, ConfigDeleter> config(raw);
    for (int n = 0; n < config->bNumInterfaces; ++n) {
        if (config->interface[n].num_altsetting < 1)
            continue;
        const libusb_interface_descriptor& alt = config->interface[n].altsetting[0];
        if (alt.bInterfaceClass != LIBUSB_CLASS_HID)
            continue;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor& ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) == LIBUSB_TRANSFER_TYPE_INTERRUPT
                && (ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_IN) {
                interfaceNumber = alt.bInterfaceNumber;
                endpoint = ep.bEndpointAddress;
                packetSize = std::min<int>(ep.wMaxPacketSize, 64);
                return true;
            }
        }
    }
    return false;
}

} // namespace

void UsbScannerWorker::Close::operator()(libusb_device_handle* handle) const
{
    libusb_release_interface(handle, interfaceNumber); // usbhid gets it back (auto-detach)
    libusb_close(handle);
}

void UsbScannerWorker::FreeTransfer::operator()(libusb_transfer* transfer) const
{
    libusb_free_transfer(transfer);
}

UsbScannerWorker::UsbScannerWorker(UsbHub& hub, quint16 vendorId, quint16 productId, ScannerMode mode, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_vendorId(vendorId)
    , m_productId(productId)
    , m_mode(mode)
{ }

UsbScannerWorker::~UsbScannerWorker()
{
    stop();
}

void UsbScannerWorker::start()
{
    connect(&m_hub, &UsbHub::devicesChanged, this, [this] {
        if (!m_handle)
            tryOpen();
        else if (!stillPlugged())
            close(); // the cable went while no transfer was pending to fail: the device list says so
    });
    tryOpen();
}

void UsbScannerWorker::stop()
{
    close();
}

bool UsbScannerWorker::stillPlugged() const
{
    if (!m_hub.context() || !m_handle)
        return false;
    libusb_device** raw = nullptr;
    const ssize_t count = libusb_get_device_list(m_hub.context()->handle(), &raw);
    if (count < 0)
        return true; // cannot tell: keep the scanner; a failed transfer will say
    const std::unique_ptr<libusb_device*, DeviceListDeleter> list(raw);
    libusb_device* ours = libusb_get_device(m_handle.get());
    for (ssize_t i = 0; i < count; ++i) {
        if (raw[i] == ours)
            return true;
    }
    return false;
}

void UsbScannerWorker::tryOpen()
{
    if (!m_hub.context())
        return;
    libusb_device** raw = nullptr;
    const ssize_t count = libusb_get_device_list(m_hub.context()->handle(), &raw);
    if (count < 0)
        return;
    const std::unique_ptr<libusb_device*, DeviceListDeleter> list(raw);
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device_descriptor descriptor {};
        if (libusb_get_device_descriptor(raw[i], &descriptor) != LIBUSB_SUCCESS)
            continue;
        UsbDeviceInfo info {descriptor.idVendor, descriptor.idProduct, libusb_get_bus_number(raw[i]),
            libusb_get_device_address(raw[i]), descriptor.bDeviceClass, {LIBUSB_CLASS_HID}};
        const auto known = recognise(info);
        const bool wanted = m_vendorId != 0 ? descriptor.idVendor == m_vendorId && descriptor.idProduct == m_productId
                                            : known && known->role == DeviceRole::BarcodeScanner;
        int interfaceNumber = 0;
        unsigned char endpoint = 0;
        int packetSize = 0;
        if (!wanted || !findInterruptIn(raw[i], interfaceNumber, endpoint, packetSize))
            continue;
        libusb_device_handle* handle = nullptr;
        if (const int rc = libusb_open(raw[i], &handle); rc != LIBUSB_SUCCESS) {
            qCWarning(lcUsbScanner) << "cannot open" << info.describe() << libusb_error_name(rc);
            return;
        }
        libusb_set_auto_detach_kernel_driver(handle, 1);
        if (const int rc = libusb_claim_interface(handle, interfaceNumber); rc != LIBUSB_SUCCESS) {
            qCWarning(lcUsbScanner) << "cannot claim" << info.describe() << libusb_error_name(rc);
            libusb_close(handle);
            return;
        }
        m_handle = std::unique_ptr<libusb_device_handle, Close>(handle, Close {interfaceNumber});
        m_transfer.reset(libusb_alloc_transfer(0));
        // No timeout: a scanner is silent until someone scans; the hub's event loop delivers it.
        libusb_fill_interrupt_transfer(m_transfer.get(), handle, endpoint, m_buffer, packetSize, &onTransfer, this, 0);
        if (libusb_submit_transfer(m_transfer.get()) != LIBUSB_SUCCESS) {
            close();
            return;
        }
        m_inFlight = true;
        qCInfo(lcUsbScanner) << "scanner ready:" << info.describe();
        emit connectedChanged(true);
        return;
    }
}

void UsbScannerWorker::onTransfer(libusb_transfer* transfer)
{
    static_cast<UsbScannerWorker*>(transfer->user_data)->completed(transfer);
}

void UsbScannerWorker::completed(libusb_transfer* transfer)
{
    m_inFlight = false;
    if (transfer->status == LIBUSB_TRANSFER_COMPLETED) {
        const QByteArray report(reinterpret_cast<const char*>(transfer->buffer), transfer->actual_length);
        const std::optional<core::ScanEvent> scan
            = m_mode == ScannerMode::HidPos ? m_hidPos.feed(report) : m_boot.feed(report);
        if (scan)
            emit scanned(*scan); // never logged: a scan can be a customer's card
        if (libusb_submit_transfer(transfer) == LIBUSB_SUCCESS) {
            m_inFlight = true;
            return;
        }
    }
    if (transfer->status == LIBUSB_TRANSFER_CANCELLED)
        return; // close() is waiting for this
    qCInfo(lcUsbScanner) << "scanner gone, transfer status" << transfer->status;
    // Inside libusb's callback: close on the next turn of our own event loop, not here.
    QMetaObject::invokeMethod(this, &UsbScannerWorker::close, Qt::QueuedConnection);
}

void UsbScannerWorker::close()
{
    if (!m_handle)
        return;
    if (m_inFlight && m_transfer) {
        libusb_cancel_transfer(m_transfer.get());
        // The cancellation completes through event handling: wait for it, bounded.
        QElapsedTimer waited;
        waited.start();
        while (m_inFlight && waited.elapsed() < 1000 && m_hub.context()) {
            timeval tick {0, 10'000};
            libusb_handle_events_timeout_completed(m_hub.context()->handle(), &tick, nullptr);
        }
    }
    m_transfer.reset();
    m_handle.reset();
    emit connectedChanged(false);
}

} // namespace ss::devices
