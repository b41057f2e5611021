// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosEncoder.h"

#include "Code128.h"
#include "catalog/Gtin.h"

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

namespace ss::devices {

namespace {

using core::ReceiptBlock;

struct ConverterCloser
{
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

/// Unicode → code page bytes, transliterating what the code page cannot hold.
class CodePageWriter
{
public:
    static core::Result<CodePageWriter> open(const QString& codePage)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(codePage.toLatin1().constData(), &status));
        if (U_FAILURE(status))
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("unknown code page %1").arg(codePage));
        // Stop on an unmappable character instead of substituting silently: we transliterate it.
        ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        std::unique_ptr<icu::Transliterator> ascii(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            return core::fail(core::ErrorCode::Internal, QStringLiteral("ICU transliterator unavailable"));
        return CodePageWriter(std::move(converter), std::move(ascii));
    }

    QByteArray encode(const QString& text)
    {
        QByteArray out;
        const icu::UnicodeString unicode(
            reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
        for (int32_t i = 0; i < unicode.length();) {
            const UChar32 codePoint = unicode.char32At(i);
            const int32_t width = U16_LENGTH(codePoint);
            icu::UnicodeString one = unicode.tempSubString(i, width);
            i += width;
            if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
                continue; // control characters never reach the printer: they would be commands
            QByteArray bytes = convert(one);
            if (bytes.isEmpty()) {
                m_ascii->transliterate(one);
                bytes = convert(one);
            }
            out += bytes.isEmpty() ? QByteArray("?") : bytes;
        }
        return out;
    }

private:
    CodePageWriter(std::unique_ptr<UConverter, ConverterCloser> converter, std::unique_ptr<icu::Transliterator> ascii)
        : m_converter(std::move(converter))
        , m_ascii(std::move(ascii))
    { }

    QByteArray convert(const icu::UnicodeString& text)
    {
        char buffer[64];
        UErrorCode status = U_ZERO_ERROR;
        ucnv_resetFromUnicode(m_converter.get());
        const int32_t length
            = ucnv_fromUChars(m_converter.get(), buffer, sizeof buffer, text.getBuffer(), text.length(), &status);
        if (U_FAILURE(status))
            return {};
        return QByteArray(buffer, length);
    }

    std::unique_ptr<UConverter, ConverterCloser> m_converter;
    std::unique_ptr<icu::Transliterator> m_ascii;
};

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;

QByteArray command(std::initializer_list<int> bytes)
{
    QByteArray out;
    for (int b : bytes)
        out += static_cast<char>(b);
    return out;
}

/// Left and right on one line of `columns` characters; the left side is cut, never the amount.
QByteArray columnsLine(const QByteArray& left, const QByteArray& right, int columns)
{
    const qsizetype room = std::max<qsizetype>(columns - right.size() - 1, 0);
    const QByteArray cut = left.left(room);
    return cut + QByteArray(std::max<qsizetype>(columns - cut.size() - right.size(), 1), ' ') + right;
}

} // namespace

QByteArray drawerKickCommand(const PrinterProfile& profile)
{
    // ESC p m t1 t2: times in units of 2 ms, at most 255.
    return command(
        {ESC, 'p', 0, std::clamp(profile.drawerOnMs / 2, 1, 255), std::clamp(profile.drawerOffMs / 2, 1, 255)});
}

core::Result<QByteArray> encodeEscPos(const core::ReceiptDocument& document, const PrinterProfile& profile)
{
    auto writer = CodePageWriter::open(profile.icuCodePage);
    if (!writer)
        return std::unexpected(writer.error());
    QByteArray out;
    out += command({ESC, '@'}); // initialise
    out += command({ESC, 't', profile.escposCodePage}); // character code table
    const core::RasterImage& logo = document.logo;
    if (logo.isValid() && logo.widthDots <= profile.columns * 12) {
        // GS v 0: raster bit image, normal scale; xL xH in bytes per row, yL yH in dots.
        out += command({ESC, 'a', 1});
        out += command({GS, 'v', '0', 0, logo.bytesPerRow() & 0xff, logo.bytesPerRow() >> 8, logo.heightDots & 0xff,
            logo.heightDots >> 8});
        out += logo.bits;
        out += '\n';
    }
    for (const ReceiptBlock& block : document.blocks) {
        const int align = block.align == ReceiptBlock::Align::Centre ? 1
            : block.align == ReceiptBlock::Align::Right              ? 2
                                                                     : 0;
        switch (block.kind) {
        case ReceiptBlock::Kind::Text: {
            const QByteArray text = writer->encode(block.left);
            // Double width halves the line: a long store name is printed at normal size rather than cut.
            const bool large = block.large && text.size() <= profile.columns / 2;
            out += command({ESC, 'a', align});
            out += command({ESC, 'E', block.bold ? 1 : 0});
            out += command({GS, '!', large ? 0x11 : 0x00});
            out += text.left(profile.columns) + '\n';
            out += command({GS, '!', 0x00});
            out += command({ESC, 'E', 0});
            break;
        }
        case ReceiptBlock::Kind::Columns:
            out += command({ESC, 'a', 0});
            out += command({ESC, 'E', block.bold ? 1 : 0});
            out += columnsLine(writer->encode(block.left), writer->encode(block.right), profile.columns) + '\n';
            out += command({ESC, 'E', 0});
            break;
        case ReceiptBlock::Kind::Rule:
            out += command({ESC, 'a', 0});
            out += QByteArray(profile.columns, '-') + '\n';
            break;
        case ReceiptBlock::Kind::Barcode: {
            // Code 128 with code-set switching (digits two to a symbol), 64 dots high, no text line.
            const auto data = code128Command(writer->encode(block.left).left(40));
            if (!data || data->size() > 255)
                break; // nothing printable to encode: the human-readable number is on the line above
            out += command({ESC, 'a', 1});
            out += command({GS, 'h', 64}) + command({GS, 'w', 2}) + command({GS, 'H', 0});
            out += command({GS, 'k', 73, static_cast<int>(data->size())}) + *data;
            out += '\n';
            break;
        }
        case ReceiptBlock::Kind::Ean13: {
            const QString digits = block.left.trimmed();
            if (digits.size() != 13 || !core::isValidGtin(digits))
                break;
            out += command({ESC, 'a', 1});
            out += command({GS, 'h', 64}) + command({GS, 'w', 2}) + command({GS, 'H', 2}); // digits below
            out += command({GS, 'k', 67, 13}) + digits.toLatin1();
            out += '\n';
            break;
        }
        case ReceiptBlock::Kind::QrCode: {
            if (!profile.hasQr)
                break;
            const QByteArray data = block.left.toUtf8().left(700);
            const int storeLength = static_cast<int>(data.size()) + 3;
            out += command({ESC, 'a', 1});
            out += command({GS, '(', 'k', 4, 0, '1', 'A', '2', 0}); // model 2
            out += command({GS, '(', 'k', 3, 0, '1', 'C', 6}); // module size 6 dots
            out += command({GS, '(', 'k', 3, 0, '1', 'E', '1'}); // error correction M
            out += command({GS, '(', 'k', storeLength & 0xff, storeLength >> 8, '1', 'P', '0'}) + data;
            out += command({GS, '(', 'k', 3, 0, '1', 'Q', '0'}); // print it
            out += '\n';
            break;
        }
        case ReceiptBlock::Kind::Feed: out += '\n'; break;
        }
    }
    out += command({ESC, 'a', 0});
    out += command({ESC, 'd', 4}); // feed past the cutter
    if (profile.hasCutter)
        out += command({GS, 'V', 1}); // partial cut
    if (document.openDrawer && profile.hasDrawerPort)
        out += drawerKickCommand(profile);
    return out;
}

} // namespace ss::devices
