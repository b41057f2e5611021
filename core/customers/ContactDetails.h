// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace ss::core {

/// Customer contact details as the counter receives them, made comparable. Validation errors say
/// what is wrong with the input, never echo it (it is personal data).

/// Trimmed and lower-cased; InvalidArgument unless it looks like an address (one @, a dotted
/// domain, no spaces, at most 254 characters).
[[nodiscard]] Result<QString> normaliseEmail(const QString& raw);

/// E.164 ("+447700900123") through libphonenumber, reading national numbers in `defaultRegion`
/// (ISO 3166 alpha-2, the shop's country). InvalidArgument when it cannot be a phone number there.
[[nodiscard]] Result<QString> normalisePhone(const QString& raw, const QString& defaultRegion);

/// What a cashier has typed of a phone number so far ("07700 9"), as the E.164 prefix it must start
/// with ("+4477009"); empty when the text is not the start of a phone number.
[[nodiscard]] QString phoneSearchPrefix(const QString& typed, const QString& defaultRegion);

/// A name as printed on receipts: trimmed, inner whitespace collapsed, control and formatting
/// characters removed (so no hidden right-to-left override), at most 60 characters. Letters of any
/// script, apostrophes, hyphens and emoji are kept.
[[nodiscard]] QString cleanName(const QString& raw);

} // namespace ss::core
