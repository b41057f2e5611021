// SPDX-License-Identifier: GPL-3.0-or-later
#include "Coupon.h"

namespace ss::core {

QString discountKindKey(DiscountKind kind)
{
    return kind == DiscountKind::Percent ? QStringLiteral("percent") : QStringLiteral("amount");
}

} // namespace ss::core
