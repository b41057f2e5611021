// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ss::core {

/// One product as the product screen edits it. Stock is not here: it moves only through the stock
/// ledger (a delivery, a count), so the figure always equals the ledger's sum.
struct ProductDraft
{
    QString uid; ///< Empty: a new product.
    QString sku;
    QStringList barcodes; ///< The first is the main code (shelf labels, export); all of them scan.
    QString name;
    QString categoryUid; ///< The category chosen from the tree; empty: by `category`'s name.
    QString category; ///< A name typed: the top-level category of that name, created when there is none.
    Money price;
    std::optional<Money> cost; ///< For the margin; unknown is allowed.
    QString taxCode;
    std::optional<qint64> reorderLevel; ///< Low stock at or below this; nullopt: the shop's general threshold.
    bool active = true; ///< Read-only here: deactivation is its own, audited step.
};

class ProductDraftRules
{
    Q_DECLARE_TR_FUNCTIONS(ProductDraftRules)

public:
    static constexpr int kMaxBarcodes = 8;

    /// The draft as the store keeps it: trimmed, barcodes normalised as a scan looks them up
    /// (UPC-A as EAN-13), empty ones dropped.
    [[nodiscard]] static ProductDraft normalised(ProductDraft draft);
    /// What is wrong with a (normalised) draft, in words; empty when it may be saved. Codes used by
    /// other products are the store's to check.
    [[nodiscard]] static QStringList problems(const ProductDraft& draft);
};

} // namespace ss::core
