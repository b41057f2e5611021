// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EscPosInterpreter.h"

#include <QStringList>

namespace ss::test {

/// What a customer would read off a printed receipt, through the same interpreter the virtual
/// printer uses: text lines, barcodes' data, cut and drawer kick. An unknown command is an error.
struct DecodedReceipt
{
    QStringList lines;
    QStringList barcodes;
    int codePage = -1;
    bool cut = false;
    bool drawerKick = false;
    bool boldSeen = false;
    bool largeSeen = false;
    int images = 0;
    QString error;
};

inline DecodedReceipt decodeEscPos(const QByteArray& bytes)
{
    const core::PrintedReceipt printed = devices::interpretEscPos(bytes);
    DecodedReceipt receipt;
    receipt.codePage = printed.codePage;
    receipt.cut = printed.cut;
    receipt.drawerKick = printed.drawerKicks > 0;
    receipt.error = printed.error;
    for (const core::PrintedLine& line : printed.lines) {
        switch (line.kind) {
        case core::PrintedLine::Kind::Text:
            receipt.lines << line.text;
            receipt.boldSeen = receipt.boldSeen || line.bold;
            receipt.largeSeen = receipt.largeSeen || line.widthScale > 1 || line.heightScale > 1;
            break;
        case core::PrintedLine::Kind::Feed: receipt.lines << QString(); break;
        case core::PrintedLine::Kind::Barcode:
        case core::PrintedLine::Kind::QrCode: receipt.barcodes << line.text; break;
        case core::PrintedLine::Kind::Raster: ++receipt.images; break;
        }
    }
    return receipt;
}

} // namespace ss::test
