// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDetails.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace ss::core {

namespace {
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
constexpr qsizetype kMaxNameLength = 60;
} // namespace

Result<QString> normaliseEmail(const QString& raw)
{
    const QString email = raw.trimmed().toLower();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (email.isEmpty() || email.size() > 254 || !shape.match(email).hasMatch())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not an email address"));
    return email;
}

Result<QString> normalisePhone(const QString& raw, const QString& defaultRegion)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a phone number"));
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a phone number"));
    // "Possible" (right length for the country) rather than "valid": numbering plans change faster
    // than the library's data, and refusing a real customer's number at the till is worse.
    // IS_POSSIBLE only: a "local only" number (no area code) cannot reach the customer later.
    if (util->IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a possible phone number"));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString phoneSearchPrefix(const QString& typed, const QString& defaultRegion)
{
    QString digits;
    const QString trimmed = typed.trimmed();
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.' && !(c == u'+' && digits.isEmpty()))
            return {};
    }
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(u'+'))
        return u'+' + digits;
    if (digits.startsWith(QStringLiteral("00")))
        return u'+' + digits.mid(2);
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const int countryCode = util->GetCountryCodeForRegion(defaultRegion.toUpper().toStdString());
    if (countryCode == 0)
        return {};
    std::string nationalPrefix;
    util->GetNddPrefixForRegion(defaultRegion.toUpper().toStdString(), true, &nationalPrefix);
    if (!nationalPrefix.empty() && digits.startsWith(QString::fromStdString(nationalPrefix)))
        digits = digits.mid(static_cast<qsizetype>(nationalPrefix.size()));
    return u'+' + QString::number(countryCode) + digits;
}

QString cleanName(const QString& raw)
{
    QString cleaned;
    cleaned.reserve(std::min(raw.size(), kMaxNameLength * 2));
    bool lastWasSpace = true;
    for (QChar c : raw) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || c.isNonCharacter())
            continue; // no control codes, no hidden direction overrides
        if (c.isSpace()) {
            if (!lastWasSpace)
                cleaned += u' ';
            lastWasSpace = true;
            continue;
        }
        cleaned += c;
        lastWasSpace = false;
    }
    cleaned = cleaned.trimmed();
    if (cleaned.size() > kMaxNameLength) {
        cleaned.truncate(kMaxNameLength);
        if (cleaned.back().isHighSurrogate())
            cleaned.chop(1); // never cut an emoji in half
    }
    return cleaned;
}

} // namespace ss::core
