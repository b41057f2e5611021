// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/PrintedReceipt.h"

#include <QByteArray>

namespace ss::devices {

/// Reads ESC/POS bytes the way a printer does, for the subset SecondSale emits (initialise, code
/// table, alignment, emphasis, character size, feed, cut, drawer kick, Code 128 and EAN-13, QR via
/// GS ( k, real-time status requests), and returns what would be on the paper. Pure. Anything else
/// stops it with `error` set: the preview must never quietly show what a printer would not print.
[[nodiscard]] core::PrintedReceipt interpretEscPos(const QByteArray& bytes);

/// The ICU converter for an `ESC t n` code table, or empty when we do not know it.
[[nodiscard]] QString icuCodePageFor(int escposTable);

} // namespace ss::devices
