// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftReport.h"

#include <QStringList>

namespace ss::core {

namespace {

/// "Label ........ value" padded to the paper width; long labels are cut, values never are.
QString row(const QString& label, const QString& value, int columns)
{
    const qsizetype room = columns - value.size() - 1;
    const QString left = label.left(std::max<qsizetype>(room, 0));
    return left + QString(std::max<qsizetype>(columns - left.size() - value.size(), 1), u' ') + value;
}

QString amount(Money money, const QString& currency)
{
    return money.toDecimalString() + u' ' + currency;
}

} // namespace

QString ShiftReportFormatter::format(const ShiftTotals& totals, const QString& storeName, const QString& currency,
    std::optional<Money> countedCash, int columns)
{
    const bool z = countedCash.has_value();
    const QString rule(columns, u'-');
    QStringList lines;
    lines << storeName.left(columns);
    lines << (z ? tr("Z REPORT — SHIFT CLOSED") : tr("X REPORT — SHIFT OPEN")).left(columns);
    lines << row(tr("Terminal"), totals.terminalId, columns);
    lines << row(tr("Opened"), totals.openedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), columns);
    lines << row(tr("Opened by"), totals.openedBy, columns);
    if (totals.closedAtUtc.isValid()) {
        lines << row(
            tr("Closed"), totals.closedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), columns);
        lines << row(tr("Closed by"), totals.closedBy, columns);
    }
    lines << rule;
    lines << row(tr("Sales (%1)").arg(totals.saleCount), amount(totals.salesTotal, currency), columns);
    lines << row(tr("Refunds (%1)").arg(totals.refundCount), amount(totals.refundsTotal, currency), columns);
    lines << row(tr("Net takings"), amount(totals.salesTotal + totals.refundsTotal, currency), columns);
    lines << row(tr("Discounts given"), amount(totals.discounts, currency), columns);
    lines << row(tr("Tax included"), amount(totals.tax, currency), columns);
    lines << rule;
    lines << row(tr("Cash in"), amount(totals.cashIn, currency), columns);
    lines << row(tr("Cash refunded"), amount(totals.cashOut, currency), columns);
    lines << row(tr("Card in"), amount(totals.cardIn, currency), columns);
    lines << row(tr("Card refunded"), amount(totals.cardOut, currency), columns);
    lines << rule;
    lines << row(tr("Voided lines"), QString::number(totals.voidedLines), columns);
    lines << row(tr("Voided sales"), QString::number(totals.voidedSales), columns);
    lines << row(tr("Price overrides"), QString::number(totals.priceOverrides), columns);
    lines << row(tr("No-sale drawer opens"), QString::number(totals.noSaleOpens), columns);
    lines << rule;
    lines << row(tr("Opening float"), amount(totals.openingFloat, currency), columns);
    lines << row(tr("Expected in drawer"), amount(totals.expectedCash(), currency), columns);
    if (z) {
        lines << row(tr("Counted"), amount(*countedCash, currency), columns);
        const Money difference = *countedCash - totals.expectedCash();
        lines << row(difference.isNegative() ? tr("SHORT")
                : difference.isZero()        ? tr("Difference")
                                             : tr("OVER"),
            amount(difference, currency), columns);
    }
    return lines.join(u'\n');
}

} // namespace ss::core
