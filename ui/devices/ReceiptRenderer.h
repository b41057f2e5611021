// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/PrintedReceipt.h"

#include <QImage>

namespace ss::ui {

/// Draws a printed receipt as thermal paper at the printer's resolution: `columns` font-A cells of
/// 12 × 24 dots (48 on 80 mm paper = 576 dots), bars and QR modules at their dot sizes, the cut.
[[nodiscard]] QImage renderPrintedReceipt(const core::PrintedReceipt& receipt, int columns);

} // namespace ss::ui
