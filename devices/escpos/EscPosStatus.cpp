// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosStatus.h"

namespace ss::devices {

QByteArray statusRequestCommand(StatusRequest request)
{
    return QByteArray {"\x10\x04", 2} + static_cast<char>(request);
}

std::optional<core::PrinterStatus> applyStatusByte(
    core::PrinterStatus status, StatusRequest request, quint8 byte, bool drawerOpenWhenPinHigh)
{
    // Epson's ESC/POS reference: every reply is 0xx1xx10 in binary.
    if ((byte & 0x93) != 0x12)
        return std::nullopt;
    switch (request) {
    case StatusRequest::Printer: {
        status.online = (byte & 0x08) == 0;
        const bool pinHigh = (byte & 0x04) != 0;
        status.drawerOpen = pinHigh == drawerOpenWhenPinHigh;
        break;
    }
    case StatusRequest::OfflineCause:
        status.coverOpen = (byte & 0x04) != 0;
        // Bit 5: printing stopped at paper end. Bit 6: an error occurred.
        status.paperEmpty = status.paperEmpty || (byte & 0x20) != 0;
        status.errorState = (byte & 0x40) != 0;
        break;
    case StatusRequest::ErrorCause:
        // Bit 3 cutter, bit 5 unrecoverable, bit 6 auto-recoverable.
        status.errorState = status.errorState || (byte & 0x68) != 0;
        break;
    case StatusRequest::PaperSensor:
        status.paperNearEnd = (byte & 0x0C) != 0;
        status.paperEmpty = (byte & 0x60) != 0;
        break;
    }
    return status;
}

} // namespace ss::devices
