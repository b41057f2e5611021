// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace ss::core {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace ss::core
