// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <expected>
#include <functional>

namespace ss::core {

/// Coupon codes a cashier can type and a forger cannot make: "K7M9Q-4XP2R". Ten characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L): six random, three of a keyed MAC over them (the
/// shop's secret, so a code is checked offline), one weighted mod-31 check character that catches every
/// single mistyped character and every swap of neighbours before the MAC is even looked at.
namespace couponcode {

inline constexpr char16_t kAlphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kLength = 10;

enum class Problem {
    Malformed, ///< Not the shape of a coupon code at all.
    Mistyped, ///< The check character does not match: a typo (or a misread).
    Forged, ///< Well formed, but not made with this shop's key.
};

/// A new code under `key` (at least 16 bytes), formatted with its hyphen.
[[nodiscard]] QString generate(const QByteArray& key);
/// The same from a given random source (`uniform(n)` in [0, n)): for reproducible demo data.
[[nodiscard]] QString generate(const QByteArray& key, const std::function<int(int)>& uniform);

/// `typed` normalised (case, spaces, hyphens) and checked; the canonical "XXXXX-XXXXX" when valid.
[[nodiscard]] std::expected<QString, Problem> verify(const QString& typed, const QByteArray& key);

/// Is this worth looking up as a coupon (no key needed)? The printed shape "XXXXX-XXXXX" always is
/// (a typo is then reported as one); ten bare characters only with a correct check character.
[[nodiscard]] bool looksLikeCode(const QString& typed);

} // namespace couponcode
} // namespace ss::core
