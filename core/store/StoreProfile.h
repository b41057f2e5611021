// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::core {

/// Who the store is, as printed on receipts and shown in the title bar.
struct StoreProfile
{
    QString name;
    QString addressLines; ///< Newline-separated, printed under the name.
    QString currency; ///< ISO 4217 code, e.g. "GBP".
    QString countryCode; ///< ISO 3166 alpha-2, the default for phone numbers, e.g. "GB".
    QString terminalId; ///< Short and unique per till ("T01"), part of every receipt number.
    QString receiptHeader {}; ///< Newline-separated, printed under the address (tax number, opening hours).
    QString receiptFooter {}; ///< Newline-separated, printed at the end (returns policy, website).
    QString taxRegistration {}; ///< The VAT / tax number the law wants on a receipt; printed under the header.
};

/// A one-glance summary of what the database holds, for the main window and `secondsale-admin check`.
struct StoreOverview
{
    StoreProfile profile;
    int schemaVersion = 0;
    qint64 productCount = 0;
    qint64 customerCount = 0;
    qint64 saleCount = 0;
    bool demo = false; ///< True for the demo store, which is opened with the published demo key.
};

} // namespace ss::core
