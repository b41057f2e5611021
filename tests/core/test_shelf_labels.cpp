// SPDX-License-Identifier: GPL-3.0-or-later
// Shelf labels on receipt paper: what each label says and which barcode it carries.
#include "labels/ShelfLabels.h"

#include <catch2/catch.hpp>

using namespace ss::core;
using Kind = ReceiptBlock::Kind;

TEST_CASE("Shelf labels: name, price large, and a barcode that scans as the product", "[labels]")
{
    const std::vector<ShelfLabel> labels {
        {QStringLiteral("Plastic cement 20 ml"), Money::fromMinor(450), QStringLiteral("4006381333931"),
            QStringLiteral("DC-GLUE-20")},
        {QStringLiteral("Inner tube 700x25c"), Money::fromMinor(799), QStringLiteral("SHOP-0042"),
            QStringLiteral("SHOP-0042")},
    };
    const ReceiptDocument paper = ShelfLabels::onReceiptPaper(labels, QStringLiteral("GBP"));
    std::vector<ReceiptBlock> bars;
    QStringList texts;
    for (const ReceiptBlock& block : paper.blocks) {
        if (block.kind == Kind::Text)
            texts << block.left;
        else
            bars.push_back(block);
    }
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].kind == Kind::Ean13); // the maker's EAN-13 stays one
    CHECK(bars[0].left == QStringLiteral("4006381333931"));
    CHECK(bars[1].kind == Kind::Barcode); // the shop's code as Code 128, its text printed as a line
    CHECK(texts.contains(QStringLiteral("SHOP-0042")));
    CHECK(texts.count(QStringLiteral("SHOP-0042")) == 1); // the SKU is not repeated when it is the code
    CHECK(texts.contains(QStringLiteral("GBP 4.50")));
    CHECK(texts.contains(QStringLiteral("DC-GLUE-20")));
    for (const ReceiptBlock& block : paper.blocks)
        if (block.left == u"GBP 7.99")
            CHECK(block.large);
    // A cut line between labels and after the last: three for two labels.
    CHECK(texts.count(QStringLiteral("- - - - - - - - - - - - - - - -")) == 3);
    CHECK_FALSE(paper.openDrawer);
    CHECK(ShelfLabels::onReceiptPaper({}, QStringLiteral("GBP")).blocks.empty());
    // A 13-digit code with a wrong check digit is not claimed to be an EAN-13.
    CHECK(ShelfLabels::barcodeOf({QStringLiteral("x"), {}, QStringLiteral("4006381333932"), {}}).kind == Kind::Barcode);
}
