// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QRandomGenerator;

namespace ss::core {

/// Globally unique record ids (RFC 4122 version 4 UUIDs as lower-case text). Every record that a
/// later sync moves between terminals carries one, so ids never collide across tills and shops.
[[nodiscard]] QString newUid();

/// A version 4 UUID drawn from the given generator: the demo store uses it to be reproducible.
[[nodiscard]] QString uidFrom(QRandomGenerator& random);

} // namespace ss::core
