// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ProductImport.h"

#include <catch2/catch.hpp>

using namespace ss::core;

namespace {

CatalogSnapshot shop()
{
    CatalogSnapshot store;
    ProductRecord loco;
    loco.uid = QStringLiteral("u-1");
    loco.sku = QStringLiteral("LOC-001");
    loco.barcode = QStringLiteral("4006381333931");
    loco.name = QStringLiteral("Class 66 locomotive");
    loco.taxClassCode = QStringLiteral("standard");
    loco.price = Money::fromMinor(12999);
    loco.stock = 3;
    store.bySku.insert(loco.sku, loco);
    store.skuByBarcode.insert(loco.barcode, loco.sku);
    store.taxCodes = {QStringLiteral("standard"), QStringLiteral("zero")};
    store.defaultTaxCode = QStringLiteral("standard");
    return store;
}

} // namespace

TEST_CASE("CSV: UTF-8 with BOM and commas, Windows-1252 with semicolons, quotes and line breaks", "[core][import]")
{
    auto utf8
        = readCsv(QByteArrayLiteral("\xEF\xBB\xBFsku,name,price\r\nA-1,\"Caf\xC3\xA9, \"\"grand\"\"\",2.50\r\n\r\n"
                                    "A-2,\"two\nlines\",3\r\n"));
    REQUIRE(utf8);
    CHECK(utf8->encoding == QStringLiteral("UTF-8"));
    CHECK(utf8->separator == u',');
    CHECK(utf8->header == QStringList {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")});
    REQUIRE(utf8->rows.size() == 2);
    CHECK(utf8->rows[0][1] == QStringLiteral("Café, \"grand\""));
    CHECK(utf8->rows[1][1] == QStringLiteral("two\nlines"));
    CHECK(utf8->lines == std::vector<int> {2, 4});

    auto windows = readCsv(QByteArrayLiteral("Artikelnummer;Bezeichnung;Preis\nB-1;Gr\xFC\xDF"
                                             "e \x80;4,99\n"));
    REQUIRE(windows);
    CHECK(windows->encoding == QStringLiteral("Windows-1252"));
    CHECK(windows->separator == u';');
    CHECK(windows->rows[0][1] == QStringLiteral("Grüße €"));

    CHECK(readCsv(QByteArrayLiteral("sku,name\nA,\"never closed\n")).error().detail.contains(QStringLiteral("line 2")));
    CHECK_FALSE(readCsv(QByteArray("  \n")));
}

TEST_CASE("A messy product file gives the exact dry-run report, row by row", "[core][import]")
{
    const QByteArray file = "Artikelnummer;EAN;Bezeichnung;Preis;MwSt;Bestand;Kategorie;Notes\n"
                            "LOC-001;4006381333931;Class 66 locomotive (DCC);139,99;standard;5;Locomotives;restock\n"
                            "TRK-010;4006381333925;Track 10 pack;19,99;;40;Track;\n" // wrong check digit
                            "TRK-011;5012345678900;Curved track;-3;;;Track;\n" // negative price
                            "TRK-012;4006381333931;Points;12;;;Track;\n" // barcode of LOC-001
                            "TRK-013;;Buffer stop;4.50;reduced;;Track;\n" // unknown tax class
                            "TRK-014;;;;;;;\n" // no name, no price
                            "TRK-015;96385074;Signal;8;zero;2;Signals;\n" // good, EAN-8
                            "TRK-015;;Signal again;8;;;;\n" // duplicate SKU
                            "PNT-001;SHOP-77;Paint =red;2.20;;ten;Paint;\n" // bad stock
                            "PNT-002;;\"Pinsel, fein\";3;;;Paint;\n"; // good
    auto table = readCsv(file);
    REQUIRE(table);
    const ColumnMapping mapping = ProductImport::guessMapping(table->header);
    CHECK(mapping
        == ColumnMapping {ProductField::Sku, ProductField::Barcode, ProductField::Name, ProductField::Price,
            ProductField::TaxClass, ProductField::Stock, ProductField::Category, ProductField::Ignore});

    const ImportPlan plan = ProductImport::plan(*table, mapping, shop());
    CHECK(plan.creates == 2);
    CHECK(plan.updates == 1);
    CHECK(plan.rejects == 7);
    CHECK_FALSE(plan.canApply());
    CHECK(plan.canApply(true));
    const QString report = ProductImport::report(plan, *table);
    CHECK(report.toStdString()
        == "Read as UTF-8, separated by \";\", 10 rows.\n"
           "To create: 2 · to update: 1 · rejected: 7\n"
           "line 3: barcode 4006381333925 has a wrong check digit (a typo?)\n"
           "line 4: the price -3 is negative\n"
           "line 5: barcode 4006381333931 is already on product LOC-001\n"
           "line 6: tax class \"reduced\" is not one of this store's (standard, zero)\n"
           "line 7: no name; no price\n"
           "line 9: SKU TRK-015 is also on line 8\n"
           "line 10: the stock \"ten\" is not a whole number from 0 to 1,000,000");

    const PlannedRow& update = plan.rows[0];
    CHECK(update.action == ImportAction::Update);
    CHECK(update.product.uid == QStringLiteral("u-1"));
    CHECK(update.product.price == Money::fromMinor(13999));
    CHECK(update.product.stock == 5);
    CHECK(update.setsStock);
    const PlannedRow& signal = plan.rows[6];
    CHECK(signal.action == ImportAction::Create);
    CHECK(signal.product.taxClassCode == QStringLiteral("zero"));
    CHECK(plan.rows[9].product.name == QStringLiteral("Pinsel, fein"));
    CHECK(plan.rows[9].product.taxClassCode == QStringLiteral("standard")); // the store's default
}

TEST_CASE(
    "An import needs a SKU column and one column per field; prices are read as shops write them", "[core][import]")
{
    auto table = readCsv(QByteArrayLiteral("name,price,price\nA,1,2\n"));
    REQUIRE(table);
    const ImportPlan plan = ProductImport::plan(*table, ProductImport::guessMapping(table->header), shop());
    CHECK(plan.fileProblems.size() == 1); // no SKU (the second "price" column is not guessed twice)
    const ImportPlan twice
        = ProductImport::plan(*table, {ProductField::Sku, ProductField::Price, ProductField::Price}, shop());
    CHECK(twice.fileProblems.join(u' ').contains(QStringLiteral("Two columns")));
    CHECK_FALSE(twice.canApply(true));

    CHECK(ProductImport::parsePrice(QStringLiteral("12.99")) == Money::fromMinor(1299));
    CHECK(ProductImport::parsePrice(QStringLiteral("12,9")) == Money::fromMinor(1290));
    CHECK(ProductImport::parsePrice(QStringLiteral("£5")) == Money::fromMinor(500));
    CHECK(ProductImport::parsePrice(QStringLiteral("5,00 €")) == Money::fromMinor(500));
    CHECK_FALSE(ProductImport::parsePrice(QStringLiteral("12.999")));
    CHECK_FALSE(ProductImport::parsePrice(QStringLiteral("1.234,56")));
    CHECK_FALSE(ProductImport::parsePrice(QStringLiteral("free")));
}
