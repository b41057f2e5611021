// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "UsbDeviceInfo.h"
#include "devices/PrinterStatus.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ss::devices {

class UsbHub;
class UsbPrinterConnection;

/// Lives on the "usb" thread and owns the printer's handle there, using the hub's context: it opens
/// the printer when it appears, polls its status, writes jobs. Never touched from another thread: its
/// slots are invoked queued and its answers are signals (UsbPosPrinter is its GUI-thread face).
class UsbPrinterWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbPrinterWorker)

public:
    /// `vendorId`/`productId` 0: the first supported printer found.
    UsbPrinterWorker(
        UsbHub& hub, quint16 vendorId, quint16 productId, bool drawerOpenWhenPinHigh, QObject* parent = nullptr);
    ~UsbPrinterWorker() override;

    static constexpr int kPollMs = 1000; ///< Look for the printer (and read its status) this often.
    static constexpr auto kWriteTimeout = std::chrono::milliseconds(5000);

public slots:
    void start();
    void stop();
    void print(qint64 jobId, const QByteArray& bytes);
    void send(const QByteArray& bytes); ///< A drawer kick: no job, no answer.

signals:
    void statusChanged(const ss::core::PrinterStatus& status);
    void jobPrinted(qint64 jobId);
    void jobFailed(qint64 jobId, const ss::core::Error& error);
    /// The printer is there but cannot be used (no permission, held by another driver).
    void problem(const ss::core::Error& error);

private:
    void poll();
    void tryOpen();
    void lost(const core::Error& why);
    void publish(const core::PrinterStatus& status);

    quint16 m_vendorId;
    quint16 m_productId;
    bool m_drawerOpenWhenPinHigh;
    UsbHub& m_hub;
    std::unique_ptr<UsbPrinterConnection> m_printer;
    std::optional<core::PrinterStatus> m_published;
    QString m_lastProblem;
    QTimer* m_poll = nullptr;
};

} // namespace ss::devices
