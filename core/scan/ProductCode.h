// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace ss::core {

/// The longest code we look up. Anything longer is scanner garbage, not a barcode or SKU.
inline constexpr qsizetype kMaxProductCodeLength = 64;

/// Turns what was scanned or typed into the key the catalogue stores:
///  - surrounding whitespace removed; control characters or over-long input refused;
///  - all digits of GTIN length: the check digit must be right (else InvalidArgument, so a
///    misread never rings up the wrong product); UPC-A (12) and GTIN-14 with a leading zero
///    become the EAN-13 form the catalogue stores; EAN-8 stays as it is;
///  - anything else (an SKU, a Code 128 shop code) is kept as typed.
[[nodiscard]] Result<QString> normaliseProductCode(const QString& raw);

} // namespace ss::core
