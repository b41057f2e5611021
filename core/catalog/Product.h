// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QString>

namespace ss::core {

/// A tax class: a named rate in basis points (2000 = 20 %), inclusive or added on top of prices.
struct TaxClass
{
    QString code; ///< Stable key, e.g. "standard".
    QString name;
    int rateBasisPoints = 0;
    bool inclusive = true;
};

struct CategoryRecord
{
    QString uid;
    QString name;
    QString parentUid; ///< Empty for a top-level category.
};

struct ProductRecord
{
    QString uid;
    QString sku;
    QString barcode; ///< A valid GTIN, the shop's own code (letters, digits, dashes), or empty.
    QString name;
    QString categoryUid;
    QString taxClassCode;
    Money price;
    Money cost;
    qint64 stock = 0;
};

} // namespace ss::core
