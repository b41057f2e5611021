// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

#include <vector>

namespace ss::core {

/// What a printer puts on paper, read back from the bytes it was sent (devices::interpretEscPos):
/// the virtual printer shows this, so the preview is what a real printer would print.
struct PrintedLine
{
    enum class Kind {
        Text,
        Barcode, ///< `text` is the encoded data; `bits` the bars (one row)
        QrCode, ///< `text` is the data; `bits` the modules
        Raster, ///< a picture (GS v 0); `bits` one byte per dot
        Feed, ///< blank paper
    };
    enum class Align {
        Left,
        Centre,
        Right,
    };
    Kind kind = Kind::Text;
    QString text;
    Align align = Align::Left;
    bool bold = false;
    int widthScale = 1; ///< 1 or 2 (GS !)
    int heightScale = 1;
    QString symbology; ///< "CODE128", "EAN13", "QR"
    int moduleDots = 2; ///< Dots per bar module (GS w) or per QR module.
    int heightDots = 64; ///< Bar height (GS h).
    bool textBelow = false; ///< Human-readable digits under a barcode (GS H 2).
    int bitsWidth = 0; ///< Modules across.
    int bitsHeight = 0; ///< Modules down (1 for a linear barcode).
    QByteArray bits; ///< Row-major, one byte per module: 1 = black.
};

struct PrintedReceipt
{
    std::vector<PrintedLine> lines;
    int codePage = 0; ///< The `ESC t` table in force.
    bool cut = false;
    int drawerKicks = 0;
    QString error; ///< Set when the bytes held something the interpreter does not know; lines before it stay.

    /// The text lines as a customer reads them (barcodes as their data, in brackets).
    [[nodiscard]] QStringList textLines() const;
};

} // namespace ss::core

Q_DECLARE_METATYPE(ss::core::PrintedReceipt)
