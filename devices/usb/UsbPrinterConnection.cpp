// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPrinterConnection.h"

#include "EscPosStatus.h"
#include "UsbContext.h"
#include "UsbError.h"

#include <libusb.h>

namespace ss::devices {

namespace {

constexpr int kChunk = 4096; // small enough that a timeout leaves little half-sent
constexpr auto kStatusTimeout = std::chrono::milliseconds(500);

struct DeviceListDeleter
{
    void operator()(libusb_device** list) const { libusb_free_device_list(list, 1); }
};

struct ConfigDeleter
{
    void operator()(libusb_config_descriptor* config) const { libusb_free_config_descriptor(config); }
};

struct Endpoints
{
    int interfaceNumber = -1;
    quint8 out = 0;
    quint8 in = 0;
};

/// The printer-class interface (or the first with a bulk OUT endpoint) and its bulk endpoints.
Endpoints findEndpoints(libusb_device* device)
{
    Endpoints found;
    libusb_config_descriptor* raw = nullptr;
    if (libusb_get_config_descriptor(device, 0, &raw) != LIBUSB_SUCCESS)
        return found;
    const std::unique_ptr<libusb_config_descriptor, ConfigDeleter> config(raw);
    for (int n = 0; n < config->bNumInterfaces; ++n) {
        if (config->interface[n].num_altsetting < 1)
            continue;
        const libusb_interface_descriptor& alt = config->interface[n].altsetting[0];
        Endpoints candidate;
        candidate.interfaceNumber = alt.bInterfaceNumber;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor& ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                continue;
            if ((ep.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_IN)
                candidate.in = candidate.in ? candidate.in : ep.bEndpointAddress;
            else
                candidate.out = candidate.out ? candidate.out : ep.bEndpointAddress;
        }
        if (candidate.out == 0)
            continue;
        if (alt.bInterfaceClass == LIBUSB_CLASS_PRINTER)
            return candidate;
        if (found.interfaceNumber < 0)
            found = candidate;
    }
    return found;
}

core::Error openError(int code, const UsbDeviceInfo& where)
{
    core::Error error = usbError(code, u"open printer");
    if (code == LIBUSB_ERROR_ACCESS)
        error.detail += QStringLiteral(" — %1: install the udev rules /lib/udev/rules.d/70-secondsale.rules "
                                       "(the SecondSale package does), then unplug and re-plug the printer")
                            .arg(where.describe());
    else if (code == LIBUSB_ERROR_BUSY)
        error.detail += QStringLiteral(" — %1 is held by another program or by the kernel's usblp driver "
                                       "(a CUPS queue for it?)")
                            .arg(where.describe());
    return error;
}

} // namespace

void UsbPrinterConnection::Close::operator()(libusb_device_handle* handle) const
{
    libusb_release_interface(handle, interfaceNumber); // auto-detach gives usblp its printer back
    libusb_close(handle);
}

UsbPrinterConnection::UsbPrinterConnection(
    libusb_device_handle* handle, int interfaceNumber, quint8 outEndpoint, quint8 inEndpoint, UsbDeviceInfo device)
    : m_handle(handle, Close {interfaceNumber})
    , m_out(outEndpoint)
    , m_in(inEndpoint)
    , m_device(std::move(device))
{ }

UsbPrinterConnection::UsbPrinterConnection(UsbPrinterConnection&&) noexcept = default;
UsbPrinterConnection& UsbPrinterConnection::operator=(UsbPrinterConnection&&) noexcept = default;
UsbPrinterConnection::~UsbPrinterConnection() = default;

core::Result<UsbPrinterConnection> UsbPrinterConnection::open(const UsbContext& context, const UsbDeviceInfo& where)
{
    libusb_device** raw = nullptr;
    const ssize_t count = libusb_get_device_list(context.handle(), &raw);
    if (count < 0)
        return std::unexpected(usbError(static_cast<int>(count), u"libusb_get_device_list"));
    const std::unique_ptr<libusb_device*, DeviceListDeleter> list(raw);
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* device = raw[i];
        if (libusb_get_bus_number(device) != where.busNumber
            || libusb_get_device_address(device) != where.deviceAddress)
            continue;
        const Endpoints endpoints = findEndpoints(device);
        if (endpoints.interfaceNumber < 0)
            return core::fail(core::ErrorCode::DeviceNotFound,
                QStringLiteral("%1 has no printer interface with a bulk OUT endpoint").arg(where.describe()));
        libusb_device_handle* handle = nullptr;
        if (const int rc = libusb_open(device, &handle); rc != LIBUSB_SUCCESS)
            return std::unexpected(openError(rc, where));
        libusb_set_auto_detach_kernel_driver(handle, 1); // usblp gets it back when we release it
        if (const int rc = libusb_claim_interface(handle, endpoints.interfaceNumber); rc != LIBUSB_SUCCESS) {
            libusb_close(handle);
            return std::unexpected(openError(rc, where));
        }
        return UsbPrinterConnection(handle, endpoints.interfaceNumber, endpoints.out, endpoints.in, where);
    }
    return core::fail(core::ErrorCode::DeviceNotFound, QStringLiteral("%1 is not connected").arg(where.describe()));
}

core::Result<void> UsbPrinterConnection::write(const QByteArray& bytes, std::chrono::milliseconds timeout)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const int length = static_cast<int>(std::min<qsizetype>(kChunk, bytes.size() - sent));
        int transferred = 0;
        // libusb takes a non-const buffer for both directions; an OUT transfer only reads it.
        auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.constData() + sent));
        const int rc = libusb_bulk_transfer(
            m_handle.get(), m_out, data, length, &transferred, static_cast<unsigned int>(timeout.count()));
        sent += transferred;
        if (rc != LIBUSB_SUCCESS) {
            core::Error error = usbError(rc, u"bulk OUT");
            error.detail += QStringLiteral(" after %1 of %2 bytes").arg(sent).arg(bytes.size());
            return std::unexpected(error);
        }
    }
    return {};
}

core::Result<QByteArray> UsbPrinterConnection::read(int maxBytes, std::chrono::milliseconds timeout)
{
    if (m_in == 0)
        return core::fail(core::ErrorCode::DeviceIo, QStringLiteral("the printer has no bulk IN endpoint"));
    QByteArray buffer(std::max(maxBytes, 1), '\0');
    int transferred = 0;
    const int rc = libusb_bulk_transfer(m_handle.get(), m_in, reinterpret_cast<unsigned char*>(buffer.data()),
        static_cast<int>(buffer.size()), &transferred, static_cast<unsigned int>(timeout.count()));
    if (rc != LIBUSB_SUCCESS)
        return std::unexpected(usbError(rc, u"bulk IN"));
    buffer.truncate(transferred);
    return buffer;
}

core::Result<core::PrinterStatus> UsbPrinterConnection::queryStatus(bool drawerOpenWhenPinHigh)
{
    core::PrinterStatus status;
    status.connected = true;
    for (StatusRequest request : {StatusRequest::Printer, StatusRequest::OfflineCause, StatusRequest::PaperSensor}) {
        if (auto sent = write(statusRequestCommand(request), kStatusTimeout); !sent)
            return std::unexpected(sent.error());
        auto reply = read(64, kStatusTimeout);
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->isEmpty())
            return core::fail(core::ErrorCode::DeviceIo, QStringLiteral("empty status reply"));
        // The reply is the last byte: anything before it is an unsolicited status we did not ask for.
        auto applied = applyStatusByte(status, request, static_cast<quint8>(reply->back()), drawerOpenWhenPinHigh);
        if (!applied)
            return core::fail(core::ErrorCode::DeviceIo, QStringLiteral("not a status reply"));
        status = *applied;
    }
    return status;
}

} // namespace ss::devices
