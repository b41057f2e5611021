// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrinterProfile.h"
#include "ports/PosPrinter.h"
#include "receipt/PrintedReceipt.h"

namespace ss::devices {

/// The printer for the demo and for shops without hardware. It encodes every job to ESC/POS with
/// its profile, exactly as for a USB printer, then reads those bytes back (interpretEscPos) and
/// hands the result to the preview: what you see is what a printer would get.
class VirtualPrinter final : public core::PosPrinter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualPrinter)

public:
    explicit VirtualPrinter(PrinterProfile profile, QObject* parent = nullptr);
    ~VirtualPrinter() override;

    void print(qint64 jobId, const core::ReceiptDocument& document) override;
    void openDrawer() override;
    [[nodiscard]] core::PrinterStatus status() const override { return m_status; }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] const PrinterProfile& profile() const { return m_profile; }

    /// For demonstrations and tests: the printer runs out of paper (or gets it back).
    void setPaperOut(bool out);

signals:
    /// The bytes a printer would have received, and what it would have printed.
    void printed(const QByteArray& bytes, const ss::core::PrintedReceipt& receipt);
    void drawerOpened();

private:
    PrinterProfile m_profile;
    core::PrinterStatus m_status;
};

} // namespace ss::devices
