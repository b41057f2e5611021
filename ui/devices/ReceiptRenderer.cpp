// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptRenderer.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

namespace ss::ui {

namespace {

constexpr int kCellWidth = 12;
constexpr int kCellHeight = 24;
constexpr int kMargin = 16;

int lineHeight(const core::PrintedLine& line)
{
    switch (line.kind) {
    case core::PrintedLine::Kind::Text: return kCellHeight * line.heightScale + 4;
    case core::PrintedLine::Kind::Feed: return kCellHeight + 4;
    case core::PrintedLine::Kind::Barcode: return line.heightDots + (line.textBelow ? kCellHeight : 0) + 12;
    case core::PrintedLine::Kind::QrCode:
    case core::PrintedLine::Kind::Raster: return line.bitsHeight * line.moduleDots + 12;
    }
    return kCellHeight;
}

int alignedX(core::PrintedLine::Align align, int width, int paper)
{
    switch (align) {
    case core::PrintedLine::Align::Left: return 0;
    case core::PrintedLine::Align::Centre: return std::max(0, (paper - width) / 2);
    case core::PrintedLine::Align::Right: return std::max(0, paper - width);
    }
    return 0;
}

QFont cellFont(bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(20); // DejaVu Sans Mono's advance is 0.6 em: 12 dots, a font-A cell
    font.setBold(bold);
    return font;
}

void drawText(QPainter& painter, const core::PrintedLine& line, int y, int paper)
{
    painter.save();
    painter.setFont(cellFont(line.bold));
    const int width = static_cast<int>(line.text.size()) * kCellWidth * line.widthScale;
    const int x = alignedX(line.align, width, paper);
    painter.translate(x, y);
    painter.scale(line.widthScale, line.heightScale);
    // One cell per character, as a printer places them, whatever the font's own spacing.
    for (qsizetype i = 0; i < line.text.size(); ++i)
        painter.drawText(QRect(static_cast<int>(i) * kCellWidth, 0, kCellWidth, kCellHeight), Qt::AlignCenter,
            QString(line.text.at(i)));
    painter.restore();
}

void drawSymbol(QPainter& painter, const core::PrintedLine& line, int y, int paper)
{
    const int module = std::max(1, line.moduleDots);
    const int width = line.bitsWidth * module;
    const bool square = line.kind == core::PrintedLine::Kind::QrCode || line.kind == core::PrintedLine::Kind::Raster;
    const int height = square ? module : line.heightDots;
    const int x = alignedX(line.align, width, paper);
    for (int row = 0; row < line.bitsHeight; ++row) {
        for (int column = 0; column < line.bitsWidth; ++column) {
            if (line.bits[row * line.bitsWidth + column])
                painter.fillRect(x + column * module, y + row * height, module, height, Qt::black);
        }
    }
    if (line.textBelow) {
        painter.setFont(cellFont(false));
        painter.drawText(QRect(x, y + line.heightDots, width, kCellHeight), Qt::AlignCenter, line.text);
    }
}

} // namespace

QImage renderPrintedReceipt(const core::PrintedReceipt& receipt, int columns)
{
    const int paper = std::max(columns, 16) * kCellWidth;
    int height = 2 * kMargin + (receipt.cut ? kCellHeight : 0);
    for (const core::PrintedLine& line : receipt.lines)
        height += lineHeight(line);
    QImage image(paper + 2 * kMargin, std::min(height, 30000), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    painter.translate(kMargin, kMargin);
    int y = 0;
    for (const core::PrintedLine& line : receipt.lines) {
        if (y > image.height())
            break;
        if (line.kind == core::PrintedLine::Kind::Text)
            drawText(painter, line, y, paper);
        else if (line.kind != core::PrintedLine::Kind::Feed)
            drawSymbol(painter, line, y + 6, paper);
        y += lineHeight(line);
    }
    if (receipt.cut) {
        painter.setPen(QPen(Qt::gray, 1, Qt::DashLine));
        painter.drawLine(-kMargin, y + kCellHeight / 2, paper + kMargin, y + kCellHeight / 2);
    }
    return image;
}

} // namespace ss::ui
