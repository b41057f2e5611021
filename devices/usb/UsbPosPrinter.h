// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrinterProfile.h"
#include "ports/PosPrinter.h"

namespace ss::devices {

class UsbPrinterWorker;
class UsbThread;

/// A USB ESC/POS printer for the till: encodes jobs with its profile on the GUI thread (pure, fast)
/// and hands the bytes to its UsbPrinterWorker on the "usb" thread. Stopping drains nothing: an
/// unprinted job is still in the durable queue next time.
class UsbPosPrinter final : public core::PosPrinter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbPosPrinter)

public:
    /// `vendorId`/`productId` 0: the first supported printer plugged in.
    UsbPosPrinter(
        UsbThread& usb, PrinterProfile profile, quint16 vendorId = 0, quint16 productId = 0, QObject* parent = nullptr);
    ~UsbPosPrinter() override;

    void print(qint64 jobId, const core::ReceiptDocument& document) override;
    void openDrawer() override;
    [[nodiscard]] core::PrinterStatus status() const override { return m_status; }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] std::optional<core::Error> connectionProblem() const override { return m_problem; }

private:
    PrinterProfile m_profile;
    UsbPrinterWorker* m_worker = nullptr; ///< Lives on the usb thread; deleted there by ~UsbPosPrinter.
    core::PrinterStatus m_status;
    std::optional<core::Error> m_problem;
};

} // namespace ss::devices
