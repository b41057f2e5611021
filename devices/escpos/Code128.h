// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace ss::devices {

/// The data part of an ESC/POS `GS k 73` (Code 128) command for printable ASCII `text`, switching
/// code sets so digits are packed two per symbol: code set C for runs of 4 or more digits (6 or more
/// in mid-text, where switching costs a symbol each way), code set B for the rest. In the command,
/// "{B"/"{C" select a set, a C symbol is one byte 0–99, and a literal '{' is "{{".
/// std::nullopt when `text` holds anything but printable ASCII.
[[nodiscard]] std::optional<QByteArray> code128Command(const QByteArray& text);

/// The text a `GS k 73` data part encodes (the inverse, for the preview and tests).
[[nodiscard]] std::optional<QByteArray> code128Text(const QByteArray& command);

} // namespace ss::devices
