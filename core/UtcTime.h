// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ss::core {

/// Times are stored as ISO-8601 UTC text with milliseconds ("2026-11-23T10:15:00.000Z"): it sorts
/// as text, reads well in a dump, and means the same on every terminal whatever its time zone.
[[nodiscard]] QString toStorageTime(const QDateTime& time);
/// Parses what toStorageTime wrote; an invalid QDateTime for anything else.
[[nodiscard]] QDateTime fromStorageTime(const QString& text);

} // namespace ss::core
