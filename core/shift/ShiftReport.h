// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ss::core {

/// What a shift took, as the store adds it up (sales and payments tagged with the shift, audit
/// entries within its time).
struct ShiftTotals
{
    QString shiftUid;
    QString terminalId;
    QString openedBy;
    QString closedBy;
    QDateTime openedAtUtc;
    QDateTime closedAtUtc; ///< Invalid while the shift is open (an X report).
    Money openingFloat;
    qint64 saleCount = 0;
    qint64 refundCount = 0;
    Money salesTotal; ///< Sum of sale totals (after discounts).
    Money refundsTotal; ///< Sum of refund totals (negative).
    Money discounts;
    Money tax; ///< Net tax: on sales minus on refunds.
    Money cashIn; ///< Cash payments taken on sales.
    Money cashOut; ///< Cash paid back on refunds (negative).
    Money cardIn;
    Money cardOut;
    qint64 voidedLines = 0;
    qint64 voidedSales = 0;
    qint64 noSaleOpens = 0;
    qint64 priceOverrides = 0;

    /// What should be in the drawer: the float plus cash in, less cash paid back.
    [[nodiscard]] Money expectedCash() const { return openingFloat + cashIn + cashOut; }
};

/// An X report (mid-shift, `countedCash` empty) or a Z report (the shift closed with the cash
/// counted), laid out for a receipt printer of `columns` characters.
class ShiftReportFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportFormatter)

public:
    [[nodiscard]] static QString format(const ShiftTotals& totals, const QString& storeName, const QString& currency,
        std::optional<Money> countedCash, int columns = 42);
};

} // namespace ss::core
