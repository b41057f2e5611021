// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductCode.h"

#include "catalog/Gtin.h"

#include <algorithm>

namespace ss::core {

Result<QString> normaliseProductCode(const QString& raw)
{
    const QString code = raw.trimmed();
    if (code.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("empty code"));
    if (code.size() > kMaxProductCodeLength)
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("code longer than %1 characters").arg(kMaxProductCodeLength));
    if (std::any_of(code.begin(), code.end(),
            [](QChar c) { return c.category() == QChar::Other_Control || c.isNonCharacter(); }))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("control characters in code"));
    const bool allDigits = std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!allDigits)
        return code;
    const qsizetype n = code.size();
    if (n == 8 || n == 12 || n == 13 || n == 14) {
        if (!isValidGtin(code))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("wrong check digit"));
        if (n == 12)
            return QStringLiteral("0") + code;
        if (n == 14 && code.startsWith(u'0'))
            return code.mid(1);
    }
    return code;
}

} // namespace ss::core
