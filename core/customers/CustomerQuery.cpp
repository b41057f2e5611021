// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDetails.h"
#include "ports/CustomerPort.h"

namespace ss::core {

namespace {

/// Codes are printed by us: ASCII letters and digits (with - or _), both kinds present, one word.
bool looksLikeCode(const QString& text)
{
    if (text.size() < 4 || text.size() > 40)
        return false;
    bool letter = false;
    bool digit = false;
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true;
        else if (c != u'-' && c != u'_')
            return false;
    }
    return letter && digit;
}

} // namespace

CustomerQuery customerQueryFor(const QString& typed, const QString& region)
{
    CustomerQuery query;
    const QString text = typed.trimmed().left(100);
    if (looksLikeCode(text)) {
        query.code = text.toUpper();
        return query;
    }
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
