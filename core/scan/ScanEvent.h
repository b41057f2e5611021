// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::core {

/// Barcode symbologies we tell apart (UnifiedPOS ScanDataType, reduced to what a shop meets).
enum class Symbology {
    Unknown,
    Ean13,
    Ean8,
    UpcA,
    Code128,
    Qr,
};

/// One scan, as a scanner reports it: the data and, when the scanner says, the symbology.
/// Keyboard-wedge scanners do not say, so those arrive as Unknown.
struct ScanEvent
{
    QString data;
    Symbology symbology = Symbology::Unknown;
};

} // namespace ss::core
