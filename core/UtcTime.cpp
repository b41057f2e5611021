// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcTime.h"

namespace ss::core {

QString toStorageTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        return {};
    return time;
}

} // namespace ss::core
