// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "receipt/ReceiptDocument.h"

#include <QCoreApplication>

#include <vector>

namespace ss::core {

/// What a shelf label shows: the product as it is now, read when the label prints.
struct ShelfLabel
{
    QString name;
    Money price;
    QString code; ///< The main barcode, else the SKU: what a scan of the label finds.
    QString sku;
};

class ShelfLabels
{
    Q_DECLARE_TR_FUNCTIONS(ShelfLabels)

public:
    static constexpr int kMaxPerJob = 500; ///< A whole shop's relabelling, in a few jobs.

    /// Labels one after another on receipt paper, a dashed line to cut along between them: the
    /// name, the price large, and the code as EAN-13 when it is one (else Code 128) so the
    /// label scans at the till.
    [[nodiscard]] static ReceiptDocument onReceiptPaper(const std::vector<ShelfLabel>& labels, const QString& currency);
    /// The barcode block a label carries (EAN-13 or Code 128 of `code`).
    [[nodiscard]] static ReceiptBlock barcodeOf(const ShelfLabel& label);
    /// "GBP 4.50": the price as a label prints it.
    [[nodiscard]] static QString priceText(const ShelfLabel& label, const QString& currency);
};

} // namespace ss::core
