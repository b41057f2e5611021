// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSpooler.h"

#include "ports/PosPrinter.h"
#include "ports/PrintQueuePort.h"

#include <QLoggingCategory>

namespace ss::core {

namespace {
Q_LOGGING_CATEGORY(lcSpool, "ss.print")
}

std::optional<Error> printerProblem(const PrinterStatus& status)
{
    if (!status.connected)
        return Error {ErrorCode::DeviceNotFound, QStringLiteral("printer not connected")};
    if (status.paperEmpty)
        return Error {ErrorCode::DeviceIo, QStringLiteral("paper out")};
    if (status.coverOpen)
        return Error {ErrorCode::DeviceIo, QStringLiteral("cover open")};
    if (status.errorState || !status.online)
        return Error {ErrorCode::DeviceIo, QStringLiteral("printer offline or in error")};
    return std::nullopt;
}

PrintSpooler::PrintSpooler(PrintQueuePort& queue, PosPrinter& printer, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_printer(printer)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_state == State::Held) {
            m_state = State::Idle;
            pump();
        }
    });
    connect(&m_printer, &PosPrinter::jobPrinted, this, &PrintSpooler::onPrinted);
    connect(&m_printer, &PosPrinter::jobFailed, this, &PrintSpooler::onFailed);
    connect(&m_printer, &PosPrinter::statusChanged, this, &PrintSpooler::onStatus);
}

PrintSpooler::~PrintSpooler() = default;

void PrintSpooler::wake()
{
    if (m_state == State::Idle)
        pump();
    else
        m_wakeAgain = true; // looked at again when the current step ends
    refreshPending();
}

void PrintSpooler::pump()
{
    if (m_state != State::Idle)
        return;
    m_wakeAgain = false;
    if (auto problem = printerProblem(m_printer.status())) {
        // Nothing is attempted on a printer that says it cannot print: the job keeps its place.
        m_queue.pendingCount().then(this, [this, problem = *problem](const Result<qint64>& count) {
            if (count && *count > 0 && m_state == State::Idle)
                hold(problem);
        });
        return;
    }
    m_state = State::Fetching;
    m_queue.nextPending().then(this, [this](const Result<std::optional<PrintJob>>& job) {
        if (!job) {
            qCWarning(lcSpool) << "print queue unreadable:" << job.error().detail;
            hold(job.error());
            return;
        }
        if (!*job) {
            m_state = State::Idle;
            if (m_held) {
                m_held.reset();
                emit resumed();
            }
            refreshPending();
            if (m_wakeAgain)
                pump();
            return;
        }
        m_state = State::Printing;
        m_current = (*job)->id;
        m_currentKind = (*job)->kind;
        m_currentReceipt = (*job)->receiptNumber;
        core::ReceiptDocument document = (*job)->document;
        if (m_currentKind == u"receipt")
            document.logo = m_logo;
        m_printer.print(m_current, document);
    });
}

void PrintSpooler::onPrinted(qint64 jobId)
{
    if (m_state != State::Printing || jobId != m_current)
        return;
    m_queue.markPrinted(jobId).then(this, [this, jobId](const Result<bool>& marked) {
        if (!marked) // printed but not marked: it prints once more after a restart, no sale is touched
            qCWarning(lcSpool) << "job" << jobId << "printed but not marked:" << marked.error().detail;
        emit jobPrinted(jobId, m_currentKind, m_currentReceipt);
        m_state = State::Idle;
        if (m_held) {
            m_held.reset();
            emit resumed();
        }
        pump();
    });
}

void PrintSpooler::onFailed(qint64 jobId, const Error& error)
{
    if (m_state != State::Printing || jobId != m_current)
        return;
    qCInfo(lcSpool) << "job" << jobId << "held:" << error.detail;
    m_queue.markAttemptFailed(jobId, error.detail).then(this, [this, error](const Result<bool>&) { hold(error); });
}

void PrintSpooler::onStatus(const PrinterStatus& status)
{
    if (m_state == State::Held && !printerProblem(status)) {
        m_retry.stop();
        m_state = State::Idle;
        pump();
    } else if (m_state == State::Idle) {
        pump();
    }
}

void PrintSpooler::hold(const Error& why)
{
    m_state = State::Held;
    const bool changed = !m_held || m_held->code != why.code || m_held->detail != why.detail;
    m_held = why;
    if (changed)
        emit held(why);
    m_retry.start();
    refreshPending();
}

void PrintSpooler::refreshPending()
{
    m_queue.pendingCount().then(this, [this](const Result<qint64>& count) {
        if (count && *count != m_pending) {
            m_pending = *count;
            emit pendingChanged(m_pending);
        }
    });
}

} // namespace ss::core
