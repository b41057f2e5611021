// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace ss::core {

/// Whether `text` holds what may be a payment card number (PAN): 13 to 19 digits in a row, spaces
/// or hyphens between groups allowed, starting 2–6 and passing the Luhn check. The till never stores one: card
/// payments keep only the terminal's own reference (an approval code or slip number), so a PAN
/// typed into that field by mistake is refused, not saved (PCI DSS keeps card data off the till).
[[nodiscard]] bool looksLikeCardNumber(QStringView text);

} // namespace ss::core
