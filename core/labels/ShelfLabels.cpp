// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShelfLabels.h"

#include "catalog/Gtin.h"

namespace ss::core {

using Kind = ReceiptBlock::Kind;
using Align = ReceiptBlock::Align;

ReceiptBlock ShelfLabels::barcodeOf(const ShelfLabel& label)
{
    ReceiptBlock block;
    // An EAN-13 prints as one (what the maker's code is, and the shortest bars); anything else, a
    // shop code or the SKU, as Code 128.
    block.kind = label.code.size() == 13 && isValidGtin(label.code) ? Kind::Ean13 : Kind::Barcode;
    block.left = label.code;
    block.align = Align::Centre;
    return block;
}

QString ShelfLabels::priceText(const ShelfLabel& label, const QString& currency)
{
    return tr("%1 %2").arg(currency, label.price.toDecimalString());
}

ReceiptDocument ShelfLabels::onReceiptPaper(const std::vector<ShelfLabel>& labels, const QString& currency)
{
    ReceiptDocument paper;
    auto& b = paper.blocks;
    const auto line = [&](const QString& value, bool bold, bool large) {
        b.push_back({Kind::Text, value, {}, Align::Centre, bold, large});
    };
    for (const ShelfLabel& label : labels) {
        b.push_back({Kind::Text, QStringLiteral("- - - - - - - - - - - - - - - -"), {}, Align::Centre});
        line(label.name, true, false);
        line(priceText(label, currency), true, true);
        if (!label.code.isEmpty()) {
            const ReceiptBlock bars = barcodeOf(label);
            b.push_back(bars);
            // EAN-13 prints its digits under the bars; a Code 128 needs them as a line.
            if (bars.kind == Kind::Barcode)
                line(label.code, false, false);
        }
        if (label.sku != label.code)
            line(label.sku, false, false);
    }
    if (!labels.empty())
        b.push_back({Kind::Text, QStringLiteral("- - - - - - - - - - - - - - - -"), {}, Align::Centre});
    return paper;
}

} // namespace ss::core
