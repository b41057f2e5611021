// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace ss::core {

/// One CSV field, UTF-8, quoted when it must be, and defused against spreadsheet formula injection
/// (a leading = + - @ becomes text): customer names are typed by people.
[[nodiscard]] QByteArray csvField(const QString& value);
/// A whole row, comma-separated, CRLF-terminated (RFC 4180).
[[nodiscard]] QByteArray csvRow(const QStringList& fields);

} // namespace ss::core
