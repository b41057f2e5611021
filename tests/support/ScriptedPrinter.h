// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/PosPrinter.h"

#include <QTimer>

#include <vector>

namespace ss::test {

/// A printer the test controls: it can be unplugged, run out of paper, or fail the next jobs, and it
/// keeps every document it printed. Answers arrive on a later turn of the event loop, like a real one.
class ScriptedPrinter final : public core::PosPrinter
{
public:
    using PosPrinter::PosPrinter;

    void print(qint64 jobId, const core::ReceiptDocument& document) override
    {
        ++attempts;
        QTimer::singleShot(0, this, [this, jobId, document] {
            if (failNext > 0 || !m_status.connected) {
                failNext = failNext > 0 ? failNext - 1 : 0;
                emit jobFailed(jobId, {core::ErrorCode::DeviceNotFound, QStringLiteral("unplugged mid-job")});
                return;
            }
            printed.push_back(document);
            printedJobs.push_back(jobId);
            emit jobPrinted(jobId);
        });
    }
    void openDrawer() override { ++drawerKicks; }
    core::PrinterStatus status() const override { return m_status; }
    QString name() const override { return QStringLiteral("Scripted printer"); }

    void setStatus(const core::PrinterStatus& status)
    {
        m_status = status;
        emit statusChanged(status);
    }
    void plugIn() { setStatus({true, true, false, false, false, false, false}); }
    void unplug() { setStatus({}); }

    int failNext = 0;
    int attempts = 0;
    int drawerKicks = 0;
    std::vector<core::ReceiptDocument> printed;
    std::vector<qint64> printedJobs;

private:
    core::PrinterStatus m_status {true, true, false, false, false, false, false};
};

} // namespace ss::test
