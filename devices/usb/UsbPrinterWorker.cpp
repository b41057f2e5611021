// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPrinterWorker.h"

#include "SupportedDevices.h"
#include "UsbContext.h"
#include "UsbPrinterConnection.h"

#include <QLoggingCategory>

#include <libusb.h>

namespace ss::devices {

namespace {

Q_LOGGING_CATEGORY(lcUsbPrinter, "ss.devices.usb.printer")

int onHotplug(libusb_context*, libusb_device*, libusb_hotplug_event, void* user)
{
    // Called from inside libusb_handle_events on our own thread: just note it, act in poll().
    *static_cast<bool*>(user) = true;
    return 0;
}

} // namespace

UsbPrinterWorker::UsbPrinterWorker(quint16 vendorId, quint16 productId, bool drawerOpenWhenPinHigh, QObject* parent)
    : QObject(parent)
    , m_vendorId(vendorId)
    , m_productId(productId)
    , m_drawerOpenWhenPinHigh(drawerOpenWhenPinHigh)
{ }

UsbPrinterWorker::~UsbPrinterWorker()
{
    stop();
}

void UsbPrinterWorker::start()
{
    auto context = UsbContext::create();
    if (!context) {
        emit problem(context.error());
        publish({});
        return;
    }
    m_context = std::make_unique<UsbContext>(std::move(*context));
    m_poll = new QTimer(this); // created here: timers belong to the thread that runs them
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &UsbPrinterWorker::poll);
    m_poll->start();
    registerHotplug();
    poll();
}

void UsbPrinterWorker::registerHotplug()
{
    if (!libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG))
        return; // the poll timer re-enumerates instead
    const int rc = libusb_hotplug_register_callback(m_context->handle(),
        static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
        LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
        onHotplug, &m_rescan, &m_hotplugHandle);
    if (rc != LIBUSB_SUCCESS)
        return;
    // Hot-plug events are delivered from libusb's event handling, which runs here and nowhere else.
    m_events = new QTimer(this);
    m_events->setInterval(200);
    connect(m_events, &QTimer::timeout, this, [this] {
        timeval zero {0, 0};
        libusb_handle_events_timeout_completed(m_context->handle(), &zero, nullptr);
        if (m_rescan && !m_printer)
            poll();
    });
    m_events->start();
}

void UsbPrinterWorker::stop()
{
    if (m_poll)
        m_poll->stop();
    if (m_events)
        m_events->stop();
    m_printer.reset(); // releases the interface before the context goes
    if (m_context && m_hotplugHandle != 0)
        libusb_hotplug_deregister_callback(m_context->handle(), m_hotplugHandle);
    m_hotplugHandle = 0;
    m_context.reset();
}

void UsbPrinterWorker::poll()
{
    if (!m_context)
        return;
    if (!m_printer) {
        tryOpen();
        return;
    }
    auto status = m_printer->queryStatus(m_drawerOpenWhenPinHigh);
    if (!status) {
        if (status.error().code == core::ErrorCode::DeviceNotFound || status.error().code == core::ErrorCode::DeviceIo)
            lost(status.error());
        return; // a status timeout alone is no reason to drop a printer that is printing
    }
    publish(*status);
}

void UsbPrinterWorker::tryOpen()
{
    m_rescan = false;
    auto devices = m_context->enumerate();
    if (!devices)
        return;
    for (const UsbDeviceInfo& device : *devices) {
        const auto known = recognise(device);
        const bool wanted = m_vendorId != 0 ? device.vendorId == m_vendorId && device.productId == m_productId
                                            : known && known->role == DeviceRole::ReceiptPrinter;
        if (!wanted)
            continue;
        auto connection = UsbPrinterConnection::open(*m_context, device);
        if (!connection) {
            if (connection.error().detail != m_lastProblem) { // once per burst, not every second
                m_lastProblem = connection.error().detail;
                qCWarning(lcUsbPrinter) << "cannot open" << device.describe() << connection.error().detail;
                emit problem(connection.error());
            }
            core::PrinterStatus status;
            publish(status);
            return;
        }
        m_lastProblem.clear();
        qCInfo(lcUsbPrinter) << "printer ready:" << device.describe();
        m_printer = std::make_unique<UsbPrinterConnection>(std::move(*connection));
        poll(); // read its status at once
        return;
    }
    publish({});
}

void UsbPrinterWorker::lost(const core::Error& why)
{
    qCInfo(lcUsbPrinter) << "printer gone:" << why.detail;
    m_printer.reset();
    publish({});
}

void UsbPrinterWorker::publish(const core::PrinterStatus& status)
{
    if (m_published && *m_published == status)
        return;
    m_published = status;
    emit statusChanged(status);
}

void UsbPrinterWorker::print(qint64 jobId, const QByteArray& bytes)
{
    if (!m_printer) {
        emit jobFailed(jobId, {core::ErrorCode::DeviceNotFound, QStringLiteral("printer not connected")});
        return;
    }
    if (auto written = m_printer->write(bytes, kWriteTimeout); !written) {
        // Unplugged or jammed mid-job: the job stays in the queue and prints whole once it is back.
        if (written.error().code != core::ErrorCode::DeviceTimeout)
            lost(written.error());
        emit jobFailed(jobId, written.error());
        return;
    }
    emit jobPrinted(jobId);
}

void UsbPrinterWorker::send(const QByteArray& bytes)
{
    if (m_printer)
        (void)m_printer->write(bytes, kWriteTimeout); // a drawer kick that fails is seen by the cashier
}

} // namespace ss::devices
