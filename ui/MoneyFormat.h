// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QString>

namespace ss::ui {

/// "£12.34", "−£3.46", "€1,234.50": from integer minor units, never through a double.
[[nodiscard]] QString formatMoney(core::Money amount, const QString& currencyCode);

/// Parses what a cashier types ("12", "12.5", "12.50", "£12.50") into minor units; nullopt for
/// anything else (letters, three decimals, negative, absurdly large).
[[nodiscard]] std::optional<core::Money> parseMoney(const QString& text);

} // namespace ss::ui
