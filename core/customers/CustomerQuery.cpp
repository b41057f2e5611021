// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDetails.h"
#include "ports/CustomerPort.h"

namespace ss::core {

CustomerQuery customerQueryFor(const QString& typed, const QString& region)
{
    CustomerQuery query;
    const QString text = typed.trimmed().left(100);
    const QString phone = phoneSearchPrefix(text, region);
    if (!phone.isEmpty()) {
        qsizetype digits = 0;
        for (QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 4)
            query.phonePrefix = phone;
        return query;
    }
    if (text.contains(u'@')) {
        query.emailPrefix = text.toLower();
        return query;
    }
    const QString name = cleanName(text);
    if (name.size() >= 2)
        query.namePrefix = name;
    return query;
}

} // namespace ss::core
