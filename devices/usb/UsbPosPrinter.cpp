// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPosPrinter.h"

#include "EscPosEncoder.h"
#include "UsbHub.h"
#include "UsbPrinterWorker.h"

namespace ss::devices {

UsbPosPrinter::UsbPosPrinter(
    UsbThread& usb, PrinterProfile profile, quint16 vendorId, quint16 productId, QObject* parent)
    : PosPrinter(parent)
    , m_profile(std::move(profile))
{
    // Created here, then handed to the usb thread: from then on only that thread touches it.
    m_worker = new UsbPrinterWorker(usb.hub(), vendorId, productId, m_profile.drawerOpenWhenPinHigh);
    m_worker->moveToThread(&usb.thread());
    connect(
        m_worker, &UsbPrinterWorker::statusChanged, this,
        [this](const core::PrinterStatus& status) {
            m_status = status;
            if (status.connected)
                m_problem.reset();
            emit statusChanged(status);
        },
        Qt::QueuedConnection);
    connect(m_worker, &UsbPrinterWorker::jobPrinted, this, &PosPrinter::jobPrinted, Qt::QueuedConnection);
    connect(m_worker, &UsbPrinterWorker::jobFailed, this, &PosPrinter::jobFailed, Qt::QueuedConnection);
    connect(
        m_worker, &UsbPrinterWorker::problem, this,
        [this](const core::Error& error) {
            m_problem = error;
            emit statusChanged(m_status); // the screen reads connectionProblem() with it
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &UsbPrinterWorker::start, Qt::QueuedConnection);
}

UsbPosPrinter::~UsbPosPrinter()
{
    // The handle is released and the worker destroyed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
}

QString UsbPosPrinter::name() const
{
    return m_profile.name;
}

void UsbPosPrinter::print(qint64 jobId, const core::ReceiptDocument& document)
{
    auto bytes = encodeEscPos(document, m_profile);
    if (!bytes) {
        // Answered later, like every other outcome, so the spooler sees one order of events.
        QMetaObject::invokeMethod(
            this, [this, jobId, error = bytes.error()] { emit jobFailed(jobId, error); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, jobId, data = *bytes] { worker->print(jobId, data); }, Qt::QueuedConnection);
}

void UsbPosPrinter::openDrawer()
{
    if (!m_profile.hasDrawerPort)
        return;
    const QByteArray pulse = drawerKickCommand(m_profile);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, pulse] { worker->send(pulse); }, Qt::QueuedConnection);
}

} // namespace ss::devices
