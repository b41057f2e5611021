// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ss::core {

/// Why a product's stock changes outside a sale: each is its own kind of ledger entry.
enum class StockReason {
    Receive, ///< Goods in from a supplier: adds, with the unit cost paid.
    Count, ///< A stock-take: the shelf holds this many.
    Damaged, ///< Taken out: broken or spoiled.
    Theft, ///< Taken out: gone missing.
    Correction, ///< A mistake put right, either way.
};

/// A change as a manager enters it on the stock screen.
struct StockChange
{
    QString productUid;
    StockReason reason = StockReason::Receive;
    qint64 quantity = 0; ///< Receive/Damaged/Theft: how many (> 0); Count: what is there; Correction: ± delta.
    std::optional<Money> unitCost; ///< Receive only: updates the product's cost for margins.
};

/// A product on the stock screen and the low-stock list.
struct StockLine
{
    QString uid;
    QString sku;
    QString name;
    qint64 stock = 0;
};

class StockRules
{
    Q_DECLARE_TR_FUNCTIONS(StockRules)

public:
    /// The ledger's word for the reason ('receive', 'count', …).
    [[nodiscard]] static QString reasonKey(StockReason reason);
    [[nodiscard]] static QString reasonName(StockReason reason);
    /// The ledger entry's delta for `change` when the product holds `current`; a reason in words when
    /// the change makes no sense (nothing received, a negative count, a cost on a write-off …).
    [[nodiscard]] static std::optional<QString> problem(const StockChange& change);
    [[nodiscard]] static qint64 delta(const StockChange& change, qint64 current);
};

} // namespace ss::core
