// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyFormat.h"

#include <QRegularExpression>

namespace ss::ui {

namespace {
QString symbolFor(const QString& code)
{
    if (code == QStringLiteral("GBP"))
        return QStringLiteral("£");
    if (code == QStringLiteral("EUR"))
        return QStringLiteral("€");
    if (code == QStringLiteral("USD") || code == QStringLiteral("CAD") || code == QStringLiteral("AUD"))
        return QStringLiteral("$");
    return code + u' ';
}
} // namespace

QString formatMoney(core::Money amount, const QString& currencyCode)
{
    const qint64 magnitude = amount.isNegative() ? -amount.minor() : amount.minor();
    QString units = QString::number(magnitude / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, u',');
    return QStringLiteral("%1%2%3.%4")
        .arg(amount.isNegative() ? QStringLiteral("−") : QString(), symbolFor(currencyCode), units)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<core::Money> parseMoney(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[£€$]?\\s*(\\d{1,7})(?:[.,](\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 units = match.captured(1).toLongLong();
    QString cents = match.captured(2);
    if (cents.size() == 1)
        cents += u'0';
    return core::Money::fromMinor(units * 100 + cents.toLongLong());
}

} // namespace ss::ui
