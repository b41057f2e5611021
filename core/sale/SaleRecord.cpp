// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleRecord.h"

namespace ss::core {

QString tenderKey(Tender tender)
{
    return tender == Tender::Cash ? QStringLiteral("cash") : QStringLiteral("card");
}

Money inclusiveTax(Money amount, int rateBasisPoints)
{
    if (rateBasisPoints <= 0)
        return {};
    return Money::fromMinor(divideRoundHalfAwayFromZero(amount.minor() * rateBasisPoints, 10000 + rateBasisPoints));
}

QString formatReceiptNumber(const QString& terminalId, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(terminalId).arg(sequence, 8, 10, QLatin1Char('0'));
}

} // namespace ss::core
