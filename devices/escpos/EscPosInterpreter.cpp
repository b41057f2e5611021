// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosInterpreter.h"

#include "Code128.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <unicode/ucnv.h>

#include <memory>

namespace ss::devices {

namespace {

using core::PrintedLine;

struct ConverterCloser
{
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

QString decodeText(const QByteArray& bytes, const QString& codePage)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(codePage.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    std::vector<UChar> buffer(static_cast<std::size_t>(bytes.size()) * 2 + 1);
    const int32_t length = ucnv_toUChars(converter.get(), buffer.data(), static_cast<int32_t>(buffer.size()),
        bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer.data()), length);
}

/// The bars or modules a printer draws for `text`, through zxing-cpp (one byte per module).
void drawSymbol(PrintedLine& line, ZXing::BarcodeFormat format, const std::string& text)
{
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (format == ZXing::BarcodeFormat::QRCode)
            writer.setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(4); // level M
        const ZXing::BitMatrix matrix = writer.encode(text, 0, format == ZXing::BarcodeFormat::QRCode ? 0 : 1);
        line.bitsWidth = matrix.width();
        line.bitsHeight = format == ZXing::BarcodeFormat::QRCode ? matrix.height() : 1;
        line.bits.resize(static_cast<qsizetype>(line.bitsWidth) * line.bitsHeight);
        for (int y = 0; y < line.bitsHeight; ++y) {
            for (int x = 0; x < line.bitsWidth; ++x)
                line.bits[y * line.bitsWidth + x] = matrix.get(x, y) ? 1 : 0;
        }
    } catch (const std::exception&) {
        // A printer prints nothing for data it cannot encode; so does the preview.
        line.bitsWidth = line.bitsHeight = 0;
        line.bits.clear();
    }
}

PrintedLine feed()
{
    PrintedLine line;
    line.kind = PrintedLine::Kind::Feed;
    return line;
}

class Interpreter
{
public:
    explicit Interpreter(const QByteArray& bytes)
        : m_bytes(bytes)
    { }

    core::PrintedReceipt run()
    {
        while (m_at < m_bytes.size() && m_out.error.isEmpty()) {
            const qsizetype before = m_at;
            step();
            // Every command either moves on or says why it stopped: never a preview that hangs.
            if (m_at == before && m_out.error.isEmpty())
                m_out.error = QStringLiteral("nothing understood at byte %1").arg(m_at);
        }
        if (!m_text.isEmpty())
            flushText();
        return std::move(m_out);
    }

private:
    int at(qsizetype i) const { return i < m_bytes.size() ? static_cast<unsigned char>(m_bytes[i]) : -1; }
    bool need(qsizetype count)
    {
        if (m_at + count <= m_bytes.size())
            return true;
        m_out.error = QStringLiteral("command cut short at byte %1").arg(m_at);
        return false;
    }

    void step()
    {
        const int c = at(m_at);
        if (c == 0x1B)
            escape();
        else if (c == 0x1D)
            groupSeparator();
        else if (c == 0x10)
            realtime();
        else if (c == '\n')
            newline();
        else if (c < 0x20 || c == 0x7F)
            m_out.error = QStringLiteral("stray control byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(m_at);
        else {
            if (m_text.isEmpty())
                m_lineStyle = m_style;
            m_text += static_cast<char>(c);
            ++m_at;
        }
    }

    void newline()
    {
        if (m_text.isEmpty())
            m_out.lines.push_back(feed());
        else
            flushText();
        ++m_at;
    }

    void flushText()
    {
        PrintedLine line = m_lineStyle;
        line.kind = PrintedLine::Kind::Text;
        line.text = decodeText(m_text, icuCodePageFor(m_out.codePage));
        m_out.lines.push_back(std::move(line));
        m_text.clear();
    }

    void escape()
    {
        if (!need(2))
            return;
        switch (at(m_at + 1)) {
        case '@':
            m_style = {};
            m_out.codePage = 0;
            m_at += 2;
            return;
        case 't':
            if (!need(3))
                return;
            m_out.codePage = at(m_at + 2);
            if (icuCodePageFor(m_out.codePage).isEmpty())
                m_out.error = QStringLiteral("unknown code table %1").arg(m_out.codePage);
            m_at += 3;
            return;
        case 'a':
            if (!need(3))
                return;
            m_style.align = static_cast<PrintedLine::Align>(std::clamp(at(m_at + 2) % 48, 0, 2));
            m_at += 3;
            return;
        case 'E':
            if (!need(3))
                return;
            m_style.bold = (at(m_at + 2) & 1) != 0;
            m_at += 3;
            return;
        case 'd':
            if (!need(3))
                return;
            for (int n = 0; n < at(m_at + 2); ++n)
                m_out.lines.push_back(feed());
            m_at += 3;
            return;
        case 'p':
            if (!need(5))
                return;
            ++m_out.drawerKicks;
            m_at += 5;
            return;
        default: m_out.error = QStringLiteral("unknown command ESC 0x%1").arg(at(m_at + 1), 2, 16, QLatin1Char('0'));
        }
    }

    void groupSeparator()
    {
        if (!need(2))
            return;
        switch (at(m_at + 1)) {
        case '!': {
            if (!need(3))
                return;
            const int size = at(m_at + 2);
            m_style.widthScale = ((size >> 4) & 0x07) + 1;
            m_style.heightScale = (size & 0x07) + 1;
            m_at += 3;
            return;
        }
        case 'h':
        case 'w':
        case 'H':
            if (!need(3))
                return;
            if (at(m_at + 1) == 'h')
                m_barHeight = at(m_at + 2);
            else if (at(m_at + 1) == 'w')
                m_barModule = at(m_at + 2);
            else
                m_barText = at(m_at + 2) == 2 || at(m_at + 2) == 3;
            m_at += 3;
            return;
        case 'V':
            if (!need(3))
                return;
            m_out.cut = true;
            m_at += at(m_at + 2) >= 65 ? 4 : 3; // GS V m, or GS V m n with feed
            return;
        case 'k': barcode(); return;
        case 'v': raster(); return;
        case '(': twoByteFunction(); return;
        default: m_out.error = QStringLiteral("unknown command GS 0x%1").arg(at(m_at + 1), 2, 16, QLatin1Char('0'));
        }
    }

    void barcode()
    {
        if (!need(4))
            return;
        const int type = at(m_at + 2);
        const int length = at(m_at + 3);
        if (type < 65 || !need(4 + length)) {
            if (type < 65)
                m_out.error = QStringLiteral("NUL-terminated barcode forms are not emitted by SecondSale");
            return;
        }
        const QByteArray data = m_bytes.mid(m_at + 4, length);
        m_at += 4 + length;
        PrintedLine line;
        line.kind = PrintedLine::Kind::Barcode;
        line.align = m_style.align;
        line.moduleDots = m_barModule;
        line.heightDots = m_barHeight;
        line.textBelow = m_barText;
        if (type == 73) {
            const auto text = code128Text(data);
            if (!text) {
                m_out.error = QStringLiteral("malformed Code 128 data");
                return;
            }
            line.symbology = QStringLiteral("CODE128");
            line.text = QString::fromLatin1(*text);
            drawSymbol(line, ZXing::BarcodeFormat::Code128, text->toStdString());
        } else if (type == 67) {
            line.symbology = QStringLiteral("EAN13");
            line.text = QString::fromLatin1(data);
            drawSymbol(line, ZXing::BarcodeFormat::EAN13, data.toStdString());
        } else {
            m_out.error = QStringLiteral("barcode type %1 is not emitted by SecondSale").arg(type);
            return;
        }
        m_out.lines.push_back(std::move(line));
    }

    void raster()
    {
        // GS v 0 m xL xH yL yH d1…dk
        if (!need(8))
            return;
        const int mode = at(m_at + 3);
        const int bytesPerRow = at(m_at + 4) + at(m_at + 5) * 256;
        const int rows = at(m_at + 6) + at(m_at + 7) * 256;
        if (at(m_at + 2) != '0' || mode > 3 || bytesPerRow == 0 || rows == 0 || bytesPerRow > 256 || rows > 2400) {
            m_out.error = QStringLiteral("a raster image SecondSale would not send");
            return;
        }
        const qsizetype size = static_cast<qsizetype>(bytesPerRow) * rows;
        if (!need(8 + size))
            return;
        PrintedLine line;
        line.kind = PrintedLine::Kind::Raster;
        line.align = m_style.align;
        line.symbology = QStringLiteral("IMAGE");
        line.moduleDots = 1;
        line.bitsWidth = bytesPerRow * 8;
        line.bitsHeight = rows;
        line.bits.resize(static_cast<qsizetype>(line.bitsWidth) * rows);
        const char* data = m_bytes.constData() + m_at + 8;
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < line.bitsWidth; ++x) {
                const auto byte = static_cast<unsigned char>(data[y * bytesPerRow + x / 8]);
                line.bits[y * line.bitsWidth + x] = (byte >> (7 - x % 8)) & 1;
            }
        }
        m_at += 8 + size;
        m_out.lines.push_back(std::move(line));
    }

    void twoByteFunction()
    {
        // GS ( k pL pH cn fn [parameters]: the QR code functions (cn = '1').
        if (!need(5) || at(m_at + 2) != 'k') {
            if (m_out.error.isEmpty())
                m_out.error = QStringLiteral("unknown GS ( function");
            return;
        }
        const int length = at(m_at + 3) + at(m_at + 4) * 256;
        if (length < 2) {
            // Without this the loop would stand still on these bytes forever (found by fuzzing).
            m_out.error = QStringLiteral("GS ( k with no function at byte %1").arg(m_at);
            return;
        }
        if (!need(5 + length))
            return;
        const QByteArray body = m_bytes.mid(m_at + 5, length);
        m_at += 5 + length;
        if (body[0] != '1') {
            m_out.error = QStringLiteral("only QR (cn 49) 2D codes are emitted by SecondSale");
            return;
        }
        switch (body[1]) {
        case 'A': return; // model
        case 'E': return; // error correction
        case 'C': m_qrModule = body.size() > 2 ? static_cast<unsigned char>(body[2]) : m_qrModule; return;
        case 'P': m_qrData = body.mid(3); return;
        case 'Q': {
            PrintedLine line;
            line.kind = PrintedLine::Kind::QrCode;
            line.align = m_style.align;
            line.symbology = QStringLiteral("QR");
            line.text = QString::fromUtf8(m_qrData);
            line.moduleDots = m_qrModule;
            drawSymbol(line, ZXing::BarcodeFormat::QRCode, m_qrData.toStdString());
            m_out.lines.push_back(std::move(line));
            return;
        }
        default: m_out.error = QStringLiteral("unknown QR function %1").arg(static_cast<int>(body[1]));
        }
    }

    void realtime()
    {
        // DLE EOT n asks for status; it prints nothing.
        if (!need(3))
            return;
        if (at(m_at + 1) != 0x04) {
            m_out.error = QStringLiteral("unknown DLE command");
            return;
        }
        m_at += 3;
    }

    const QByteArray& m_bytes;
    qsizetype m_at = 0;
    core::PrintedReceipt m_out;
    PrintedLine m_style;
    PrintedLine m_lineStyle;
    QByteArray m_text;
    int m_barHeight = 162;
    int m_barModule = 3;
    bool m_barText = false;
    int m_qrModule = 3;
    QByteArray m_qrData;
};

} // namespace

QString icuCodePageFor(int escposTable)
{
    switch (escposTable) {
    case 0: return QStringLiteral("ibm-437");
    case 2: return QStringLiteral("ibm-850");
    case 16: return QStringLiteral("windows-1252");
    case 18: return QStringLiteral("ibm-852");
    case 19: return QStringLiteral("ibm-858");
    default: return {};
    }
}

core::PrintedReceipt interpretEscPos(const QByteArray& bytes)
{
    return Interpreter(bytes).run();
}

} // namespace ss::devices
