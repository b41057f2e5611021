// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

namespace ss::core {

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    return QStringLiteral("%1%2.%3")
        .arg(m_minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ss::core
