// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devices/PrinterStatus.h"

#include <QByteArray>

#include <optional>

namespace ss::devices {

/// The real-time status requests (`DLE EOT n`), answered with one byte each even while the printer
/// is offline or its buffer is full.
enum class StatusRequest : char {
    Printer = 1, ///< online/offline, drawer kick connector pin 3
    OfflineCause = 2, ///< cover open, paper end stop, error
    ErrorCause = 3, ///< cutter, unrecoverable, auto-recoverable errors
    PaperSensor = 4, ///< roll paper near end / end
};

[[nodiscard]] QByteArray statusRequestCommand(StatusRequest request);

/// Folds one status byte into `status`. A byte whose fixed bits are wrong (bit 0 and 7 clear, bits
/// 1 and 4 set on every ESC/POS printer) is not a status reply — line noise or data — and is
/// refused with std::nullopt, leaving nothing half-applied.
[[nodiscard]] std::optional<core::PrinterStatus> applyStatusByte(
    core::PrinterStatus status, StatusRequest request, quint8 byte, bool drawerOpenWhenPinHigh = false);

} // namespace ss::devices
