// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogoDither.h"

#include <QPainter>

#include <vector>

namespace ss::ui {

core::RasterImage ditherLogo(const QImage& image, int maxWidthDots)
{
    if (image.isNull() || maxWidthDots < 8)
        return {};
    QImage scaled = image;
    if (scaled.width() > maxWidthDots || scaled.height() > 240)
        scaled = scaled.scaled(maxWidthDots, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Transparent parts are the paper: flatten onto white before looking at grey levels.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, scaled);
    }
    const QImage gray = flat.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();
    std::vector<int> levels(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = 0; x < width; ++x)
            levels[static_cast<std::size_t>(y) * width + x] = row[x];
    }
    core::RasterImage raster;
    raster.widthDots = width;
    raster.heightDots = height;
    raster.bits = QByteArray(static_cast<qsizetype>(raster.bytesPerRow()) * height, '\0');
    const auto spread = [&](int x, int y, int error, int sixteenths) {
        if (x >= 0 && x < width && y < height)
            levels[static_cast<std::size_t>(y) * width + x] += error * sixteenths / 16;
    };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int level = levels[static_cast<std::size_t>(y) * width + x];
            const bool black = level < 128;
            if (black)
                raster.bits[y * raster.bytesPerRow() + x / 8] |= static_cast<char>(0x80 >> (x % 8));
            const int error = level - (black ? 0 : 255);
            spread(x + 1, y, error, 7);
            spread(x - 1, y + 1, error, 3);
            spread(x, y + 1, error, 5);
            spread(x + 1, y + 1, error, 1);
        }
    }
    return raster;
}

} // namespace ss::ui
