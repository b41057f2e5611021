// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever file a shop picks as its product list: read or refused with a reason, and every row
// planned as create, update or reject, never a crash. The plan accounts for every row once; what it
// would write is well formed (a name, a price that is not negative, a barcode that is a GTIN, the
// shop's own code or nothing); a rejected row always says why.
#include "FuzzCheck.h"
#include "catalog/Gtin.h"
#include "catalog/ProductImport.h"
#include "export/CsvReader.h"

#include <QRegularExpression>

#include <cstdint>

using namespace ss::core;

namespace {

const QRegularExpression kShopCode(QStringLiteral("^[A-Za-z0-9\\-]{1,32}$"));

CatalogSnapshot storeWithTwoProducts()
{
    CatalogSnapshot store;
    ProductRecord glue;
    glue.uid = QStringLiteral("p-1");
    glue.sku = QStringLiteral("GLUE-1");
    glue.barcode = QStringLiteral("4006381333931");
    glue.name = QStringLiteral("Plastic cement");
    glue.taxClassCode = QStringLiteral("STD");
    glue.price = Money::fromMinor(450);
    store.bySku.insert(glue.sku, glue);
    store.skuByBarcode.insert(glue.barcode, glue.sku);
    ProductRecord brush = glue;
    brush.uid = QStringLiteral("p-2");
    brush.sku = QStringLiteral("BRUSH-0");
    brush.barcode.clear();
    brush.name = QStringLiteral("Brush 0");
    store.bySku.insert(brush.sku, brush);
    store.taxCodes = {QStringLiteral("STD"), QStringLiteral("RED")};
    store.defaultTaxCode = QStringLiteral("STD");
    return store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const CatalogSnapshot store = storeWithTwoProducts();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto table = readCsv(bytes, 2000);
    if (!table) {
        FUZZ_CHECK(!table.error().detail.isEmpty());
        return 0;
    }
    FUZZ_CHECK(table->rows.size() == table->lines.size());
    for (std::size_t i = 1; i < table->lines.size(); ++i)
        FUZZ_CHECK(table->lines[i] > table->lines[i - 1]);

    const ColumnMapping mapping = ProductImport::guessMapping(table->header);
    const ImportPlan plan = ProductImport::plan(*table, mapping, store);
    if (plan.fileProblems.isEmpty()) {
        FUZZ_CHECK(plan.rows.size() == table->rows.size());
        FUZZ_CHECK(plan.creates + plan.updates + plan.rejects == static_cast<int>(plan.rows.size()));
    }
    for (const PlannedRow& row : plan.rows) {
        if (row.action == ImportAction::Reject) {
            FUZZ_CHECK(!row.reasons.isEmpty());
            continue;
        }
        FUZZ_CHECK(row.reasons.isEmpty());
        FUZZ_CHECK(!row.product.sku.isEmpty() && !row.product.name.trimmed().isEmpty());
        FUZZ_CHECK(!row.product.price.isNegative());
        FUZZ_CHECK(row.product.barcode.isEmpty() || isValidGtin(row.product.barcode)
            || kShopCode.match(row.product.barcode).hasMatch());
        FUZZ_CHECK(store.taxCodes.contains(row.product.taxClassCode));
    }
    (void)ProductImport::report(plan, *table);
    for (const QStringList& row : table->rows)
        for (const QString& cell : row)
            if (const auto price = ProductImport::parsePrice(cell))
                FUZZ_CHECK(!price->isNegative());
    return 0;
}
