// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <unicode/ucnv.h>

#include <memory>

namespace ss::test {

/// Reads back what a printer would print from ESC/POS bytes, for tests: text lines (decoded from
/// the code page), barcodes, cut and drawer kick. Any command it does not know is an error.
struct DecodedReceipt
{
    QStringList lines;
    QStringList barcodes;
    int codePage = -1;
    bool cut = false;
    bool drawerKick = false;
    bool boldSeen = false;
    bool largeSeen = false;
    QString error;
};

inline DecodedReceipt decodeEscPos(const QByteArray& bytes, const char* icuCodePage)
{
    DecodedReceipt receipt;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(icuCodePage, &status), &ucnv_close);
    QByteArray text;
    auto flush = [&] {
        UChar buffer[1024];
        UErrorCode s = U_ZERO_ERROR;
        const int32_t n
            = ucnv_toUChars(converter.get(), buffer, 1024, text.constData(), static_cast<int32_t>(text.size()), &s);
        receipt.lines << QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer), n);
        text.clear();
    };
    auto at = [&](qsizetype i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0; };
    for (qsizetype i = 0; i < bytes.size();) {
        const unsigned char c = at(i);
        if (c == 0x1B) {
            switch (at(i + 1)) {
            case '@': i += 2; break;
            case 't':
                receipt.codePage = at(i + 2);
                i += 3;
                break;
            case 'a':
            case 'd': i += 3; break;
            case 'E':
                receipt.boldSeen = receipt.boldSeen || at(i + 2) == 1;
                i += 3;
                break;
            case 'p':
                receipt.drawerKick = true;
                i += 5;
                break;
            default: receipt.error = QStringLiteral("unknown ESC %1").arg(at(i + 1)); return receipt;
            }
        } else if (c == 0x1D) {
            switch (at(i + 1)) {
            case '!':
                receipt.largeSeen = receipt.largeSeen || at(i + 2) != 0;
                i += 3;
                break;
            case 'h':
            case 'w':
            case 'H': i += 3; break;
            case 'V':
                receipt.cut = true;
                i += 3;
                break;
            case 'k': {
                const int length = at(i + 3);
                receipt.barcodes << QString::fromLatin1(bytes.mid(i + 4, length));
                i += 4 + length;
                break;
            }
            default: receipt.error = QStringLiteral("unknown GS %1").arg(at(i + 1)); return receipt;
            }
        } else if (c == '\n') {
            flush();
            ++i;
        } else if (c < 0x20) {
            receipt.error = QStringLiteral("stray control byte %1").arg(c);
            return receipt;
        } else {
            text += static_cast<char>(c);
            ++i;
        }
    }
    if (!text.isEmpty())
        flush();
    return receipt;
}

} // namespace ss::test
