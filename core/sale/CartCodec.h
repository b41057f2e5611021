// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sale/Cart.h"

#include <QByteArray>

namespace ss::core {

/// A cart as JSON for suspend/resume. Product snapshots are stored whole, so a resumed cart rings up
/// at the prices the customer was shown.
[[nodiscard]] QByteArray encodeCart(const Cart& cart);
/// Rebuilds the cart; malformed or out-of-range content is refused (InvalidArgument), never half-loaded.
[[nodiscard]] Result<Cart> decodeCart(const QByteArray& json);

} // namespace ss::core
