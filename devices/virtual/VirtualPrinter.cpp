// SPDX-License-Identifier: GPL-3.0-or-later
#include "VirtualPrinter.h"

#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"

#include <QTimer>

namespace ss::devices {

VirtualPrinter::VirtualPrinter(PrinterProfile profile, QObject* parent)
    : PosPrinter(parent)
    , m_profile(std::move(profile))
{
    m_status.connected = true;
    m_status.online = true;
}

VirtualPrinter::~VirtualPrinter() = default;

QString VirtualPrinter::name() const
{
    return tr("Virtual printer (%1)").arg(m_profile.name);
}

void VirtualPrinter::print(qint64 jobId, const core::ReceiptDocument& document)
{
    // Answered on a later turn of the event loop, as a real printer's answer would be.
    QTimer::singleShot(0, this, [this, jobId, document] {
        if (!m_status.canPrint()) {
            emit jobFailed(jobId, {core::ErrorCode::DeviceIo, QStringLiteral("paper out")});
            return;
        }
        auto bytes = encodeEscPos(document, m_profile);
        if (!bytes) {
            emit jobFailed(jobId, bytes.error());
            return;
        }
        const core::PrintedReceipt receipt = interpretEscPos(*bytes);
        emit printed(*bytes, receipt);
        if (receipt.drawerKicks > 0)
            emit drawerOpened();
        emit jobPrinted(jobId);
    });
}

void VirtualPrinter::openDrawer()
{
    emit drawerOpened();
}

void VirtualPrinter::setPaperOut(bool out)
{
    m_status.paperEmpty = out;
    m_status.paperNearEnd = out;
    m_status.online = !out;
    emit statusChanged(m_status);
}

} // namespace ss::devices
