// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/ReceiptDocument.h"

#include <QImage>

namespace ss::ui {

/// A shop's logo (any picture Qt reads: PNG, JPEG, SVG rasterised) made printable: scaled to at most
/// `maxWidthDots` wide (never enlarged) and 240 dots high, transparency as white paper, grey levels
/// turned into black dots by Floyd–Steinberg error diffusion, as thermal printers can only burn or
/// not. An empty image gives an invalid RasterImage (no logo).
[[nodiscard]] core::RasterImage ditherLogo(const QImage& image, int maxWidthDots);

} // namespace ss::ui
