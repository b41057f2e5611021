// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ss::core {

/// GS1 check digit of the given digits (without the check digit): weights 3,1,3,… from the right.
/// std::nullopt when the text is empty or not all ASCII digits.
[[nodiscard]] std::optional<int> gtinCheckDigit(QStringView digitsWithoutCheck);

/// True for an EAN-8, UPC-A (12), EAN-13 or GTIN-14 whose last digit is the correct check digit.
[[nodiscard]] bool isValidGtin(QStringView code);

/// Appends the check digit to 7, 11, 12 or 13 digits; an empty string for anything else.
[[nodiscard]] QString withGtinCheckDigit(QStringView digitsWithoutCheck);

} // namespace ss::core
