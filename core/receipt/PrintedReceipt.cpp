// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintedReceipt.h"

namespace ss::core {

QStringList PrintedReceipt::textLines() const
{
    QStringList out;
    for (const PrintedLine& line : lines) {
        switch (line.kind) {
        case PrintedLine::Kind::Text: out << line.text; break;
        case PrintedLine::Kind::Feed: out << QString(); break;
        case PrintedLine::Kind::Raster:
            out << QStringLiteral("[IMAGE %1x%2]").arg(line.bitsWidth).arg(line.bitsHeight);
            break;
        case PrintedLine::Kind::Barcode:
        case PrintedLine::Kind::QrCode: out << QStringLiteral("[%1 %2]").arg(line.symbology, line.text); break;
        }
    }
    return out;
}

} // namespace ss::core
