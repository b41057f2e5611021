// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumber.h"

#include <QString>

namespace ss::core {

namespace {

constexpr qsizetype kShortestPan = 13;
constexpr qsizetype kLongestPan = 19;

bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].unicode() - u'0';
        if (twice) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        twice = !twice;
    }
    return sum % 10 == 0;
}

} // namespace

bool looksLikeCardNumber(QStringView text)
{
    // Each run of digits (single separators inside it allowed) as a whole: "ref 4111 1111 1111 1111"
    // counts. Card schemes' numbers start with 2 to 6 (Mastercard, Visa, Amex, Discover, …); with
    // the Luhn check that leaves few terminal references a false alarm, and those can be left out.
    QString run;
    const auto check = [&] {
        return run.size() >= kShortestPan && run.size() <= kLongestPan && run[0] >= u'2' && run[0] <= u'6'
            && passesLuhn(run);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            run += c;
            continue;
        }
        const bool separator = (c == u' ' || c == u'-') && !run.isEmpty() && i + 1 < text.size() && text[i + 1] >= u'0'
            && text[i + 1] <= u'9';
        if (separator)
            continue;
        if (check())
            return true;
        run.clear();
    }
    return check();
}

} // namespace ss::core
