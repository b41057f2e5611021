// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "devices/PrinterStatus.h"
#include "receipt/ReceiptDocument.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace ss::core {

class PosPrinter;
class PrintQueuePort;

/// Works through the durable print queue, oldest job first, one at a time. A job leaves the queue
/// only once the printer has taken it; when the printer is unplugged, out of paper or open, the job
/// is held (and the cashier told) and printed as soon as the printer is back. Sales never wait for
/// it: they are committed before their receipt is queued.
class PrintSpooler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintSpooler)

public:
    PrintSpooler(PrintQueuePort& queue, PosPrinter& printer, QObject* parent = nullptr);
    ~PrintSpooler() override;

    /// A job may have been queued (after a commit, a reprint, a report): print it when free.
    void wake();
    /// Set when the queue is held by the printer's state or a failed attempt.
    [[nodiscard]] const std::optional<Error>& holdReason() const { return m_held; }
    [[nodiscard]] qint64 pending() const { return m_pending; }
    /// The shop's logo, printed at the top of every receipt (not of reports); invalid: none.
    void setReceiptLogo(const RasterImage& logo) { m_logo = logo; }

    static constexpr int kRetryMs = 5000;

signals:
    void jobPrinted(qint64 jobId, const QString& kind, const QString& receiptNumber);
    /// The printer cannot print now; the job waits. `why` says what to fix.
    void held(const ss::core::Error& why);
    void resumed();
    void pendingChanged(qint64 pending);

private:
    enum class State {
        Idle,
        Fetching,
        Printing,
        Held,
    };
    void pump();
    void hold(const Error& why);
    void refreshPending();
    void onPrinted(qint64 jobId);
    void onFailed(qint64 jobId, const Error& error);
    void onStatus(const PrinterStatus& status);

    PrintQueuePort& m_queue;
    PosPrinter& m_printer;
    State m_state = State::Idle;
    bool m_wakeAgain = false;
    qint64 m_current = 0;
    QString m_currentKind;
    QString m_currentReceipt;
    qint64 m_pending = 0;
    std::optional<Error> m_held;
    RasterImage m_logo;
    QTimer m_retry;
};

/// Why a printer in `status` cannot print now, or std::nullopt when it can.
[[nodiscard]] std::optional<Error> printerProblem(const PrinterStatus& status);

} // namespace ss::core
