// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gtin.h"

namespace ss::core {

std::optional<int> gtinCheckDigit(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        sum += (c.unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool isValidGtin(QStringView code)
{
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    const auto expected = gtinCheckDigit(code.first(n - 1));
    const QChar last = code[n - 1];
    return expected && last >= u'0' && last <= u'9' && last.unicode() - u'0' == *expected;
}

QString withGtinCheckDigit(QStringView digits)
{
    const qsizetype n = digits.size();
    if (n != 7 && n != 11 && n != 12 && n != 13)
        return {};
    const auto check = gtinCheckDigit(digits);
    if (!check)
        return {};
    return digits.toString() + QChar(u'0' + *check);
}

} // namespace ss::core
