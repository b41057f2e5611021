// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPrinterWorker.h"

#include "SupportedDevices.h"
#include "UsbContext.h"
#include "UsbHub.h"
#include "UsbPrinterConnection.h"

#include <QLoggingCategory>

namespace ss::devices {

namespace {
Q_LOGGING_CATEGORY(lcUsbPrinter, "ss.devices.usb.printer")
} // namespace

UsbPrinterWorker::UsbPrinterWorker(
    UsbHub& hub, quint16 vendorId, quint16 productId, bool drawerOpenWhenPinHigh, QObject* parent)
    : QObject(parent)
    , m_vendorId(vendorId)
    , m_productId(productId)
    , m_drawerOpenWhenPinHigh(drawerOpenWhenPinHigh)
    , m_hub(hub)
{ }

UsbPrinterWorker::~UsbPrinterWorker()
{
    stop();
}

void UsbPrinterWorker::start()
{
    if (!m_hub.context()) {
        emit problem({core::ErrorCode::DeviceIo, QStringLiteral("libusb could not start")});
        publish({});
        return;
    }
    m_poll = new QTimer(this); // created here: timers belong to the thread that runs them
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &UsbPrinterWorker::poll);
    m_poll->start();
    connect(&m_hub, &UsbHub::devicesChanged, this, [this] {
        if (!m_printer)
            tryOpen();
    });
    poll();
}

void UsbPrinterWorker::stop()
{
    if (m_poll)
        m_poll->stop();
    m_printer.reset(); // releases the interface while the hub's context is still there
}

void UsbPrinterWorker::poll()
{
    if (!m_hub.context())
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
    auto devices = m_hub.context()->enumerate();
    if (!devices)
        return;
    for (const UsbDeviceInfo& device : *devices) {
        const auto known = recognise(device);
        const bool wanted = m_vendorId != 0 ? device.vendorId == m_vendorId && device.productId == m_productId
                                            : known && known->role == DeviceRole::ReceiptPrinter;
        if (!wanted)
            continue;
        auto connection = UsbPrinterConnection::open(*m_hub.context(), device);
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
