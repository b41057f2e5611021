// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "devices/PrinterStatus.h"
#include "receipt/ReceiptDocument.h"

#include <QObject>

#include <optional>

namespace ss::core {

/// A receipt printer as the till sees it (UnifiedPOS POSPrinter, with its cash drawer): the app
/// talks to this and never to a transport. Implementations (USB, the virtual printer) live in
/// devices/; every call is made from the GUI thread and every answer is a signal on it.
class PosPrinter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PosPrinter)

public:
    using QObject::QObject;
    ~PosPrinter() override = default;

    /// Prints one job; exactly one of jobPrinted or jobFailed follows for `jobId`.
    virtual void print(qint64 jobId, const ss::core::ReceiptDocument& document) = 0;
    /// Kicks the drawer outside a sale (no-sale), if the printer has a drawer port.
    virtual void openDrawer() = 0;
    [[nodiscard]] virtual PrinterStatus status() const = 0;
    /// The printer's model or "Virtual printer", for the screen.
    [[nodiscard]] virtual QString name() const = 0;
    /// Why a printer that is plugged in cannot be used (no permission, held by another driver).
    [[nodiscard]] virtual std::optional<Error> connectionProblem() const { return std::nullopt; }

signals:
    void jobPrinted(qint64 jobId);
    void jobFailed(qint64 jobId, const ss::core::Error& error);
    void statusChanged(const ss::core::PrinterStatus& status);
};

} // namespace ss::core
