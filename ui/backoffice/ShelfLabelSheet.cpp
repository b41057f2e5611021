// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShelfLabelSheet.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace ss::ui {

namespace {

// The L7160 sheet, in millimetres.
constexpr double kPageWidth = 210.0;
constexpr double kPageHeight = 297.0;
constexpr double kLabelWidth = 63.5;
constexpr double kLabelHeight = 38.1;
constexpr double kLeftMargin = 7.2;
constexpr double kTopMargin = 15.1;
constexpr double kColumnGap = 2.5;
constexpr int kColumns = 3;

/// A font `heightMm` tall on a painter whose unit is one millimetre: points are turned into the
/// device's units before the painter's scale applies, so they are converted back here.
QFont labelFont(const QPainter& painter, double heightMm, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(heightMm * 72.0 / painter.device()->logicalDpiY());
    font.setBold(bold);
    return font;
}

} // namespace

ShelfLabelSheet::ShelfLabelSheet(std::vector<core::ShelfLabel> labels, QString currency, Bars bars)
    : m_labels(std::move(labels))
    , m_currency(std::move(currency))
    , m_bars(std::move(bars))
{ }

int ShelfLabelSheet::pageCount() const
{
    return static_cast<int>((m_labels.size() + kPerPage - 1) / kPerPage);
}

QByteArray ShelfLabelSheet::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins({});
    pdf.setResolution(300);
    pdf.setTitle(QStringLiteral("Shelf labels"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return {};
    const double dotsPerMm = pdf.resolution() / 25.4;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.scale(dotsPerMm, dotsPerMm);
        paintPage(painter, page);
        painter.restore();
    }
    if (!painter.end())
        return {};
    return bytes;
}

QImage ShelfLabelSheet::pageImage(int page, int dotsPerInch) const
{
    const double dotsPerMm = dotsPerInch / 25.4;
    QImage image(qRound(kPageWidth * dotsPerMm), qRound(kPageHeight * dotsPerMm), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false); // bars stay crisp
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(dotsPerMm, dotsPerMm);
    paintPage(painter, page);
    return image;
}

void ShelfLabelSheet::paintPage(QPainter& painter, int page) const
{
    const std::size_t first = static_cast<std::size_t>(page) * kPerPage;
    for (std::size_t i = first; i < m_labels.size() && i < first + kPerPage; ++i) {
        const int slot = static_cast<int>(i - first);
        const QRectF cell(kLeftMargin + (slot % kColumns) * (kLabelWidth + kColumnGap),
            kTopMargin + (slot / kColumns) * kLabelHeight, kLabelWidth, kLabelHeight);
        paintLabel(painter, m_labels[i], cell);
    }
}

void ShelfLabelSheet::paintLabel(QPainter& painter, const core::ShelfLabel& label, const QRectF& cell) const
{
    const QRectF inner = cell.adjusted(3, 2.5, -3, -2);
    painter.setPen(Qt::black);
    painter.setFont(labelFont(painter, 3.2, true));
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), 8.5), Qt::AlignLeft | Qt::TextWordWrap, label.name);
    painter.setFont(labelFont(painter, 6.5, true));
    painter.drawText(QRectF(inner.left(), inner.top() + 8.5, inner.width(), 9), Qt::AlignLeft | Qt::AlignVCenter,
        core::ShelfLabels::priceText(label, m_currency));

    // The bars, as the receipt printer's encoder makes them: one module a fixed fraction of a mm.
    const QRectF barsArea(inner.left(), inner.top() + 18.5, inner.width(), 11);
    bool drawn = false;
    if (m_bars && !label.code.isEmpty()) {
        core::ReceiptDocument document;
        document.blocks.push_back(core::ShelfLabels::barcodeOf(label));
        for (const core::PrintedLine& line : m_bars(document).lines) {
            if (line.kind != core::PrintedLine::Kind::Barcode || line.bitsWidth <= 0)
                continue;
            // Quiet zones of ten modules either side, within the label's width.
            const double module = std::min(0.33, barsArea.width() / (line.bitsWidth + 20));
            const double x0 = barsArea.left() + (barsArea.width() - module * line.bitsWidth) / 2;
            const double barHeight = barsArea.height() - 3.2;
            for (int column = 0; column < line.bitsWidth; ++column)
                if (line.bits[column])
                    painter.fillRect(QRectF(x0 + column * module, barsArea.top(), module, barHeight), Qt::black);
            drawn = true;
            break;
        }
    }
    painter.setFont(labelFont(painter, 2.4, false));
    painter.drawText(QRectF(barsArea.left(), barsArea.bottom() - 3, barsArea.width(), 3), Qt::AlignCenter,
        drawn ? label.code : label.sku);
    if (label.sku != label.code) {
        painter.drawText(QRectF(inner.left(), inner.bottom() - 3, inner.width(), 3), Qt::AlignRight, label.sku);
    }
}

} // namespace ss::ui
