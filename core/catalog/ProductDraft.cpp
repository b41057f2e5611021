// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductDraft.h"

#include "catalog/ProductImport.h"
#include "scan/ProductCode.h"

#include <QSet>

namespace ss::core {

ProductDraft ProductDraftRules::normalised(ProductDraft draft)
{
    draft.sku = draft.sku.trimmed();
    draft.name = draft.name.trimmed();
    draft.category = draft.categoryUid.isEmpty() ? draft.category.trimmed() : QString();
    draft.taxCode = draft.taxCode.trimmed();
    QStringList codes;
    for (const QString& raw : std::as_const(draft.barcodes)) {
        const QString code = raw.trimmed();
        if (!code.isEmpty())
            codes << normaliseProductCode(code).value_or(code);
    }
    draft.barcodes = codes;
    return draft;
}

QStringList ProductDraftRules::problems(const ProductDraft& draft)
{
    QStringList problems;
    if (draft.sku.isEmpty())
        problems << tr("The product needs an SKU (the shop's own article number).");
    else if (draft.sku.size() > ProductImport::kMaxSku || ProductImport::hasControlCharacters(draft.sku))
        problems
            << tr("The SKU must be at most %1 characters, without control characters.").arg(ProductImport::kMaxSku);
    if (draft.name.isEmpty())
        problems << tr("The product needs a name.");
    else if (draft.name.size() > ProductImport::kMaxName || ProductImport::hasControlCharacters(draft.name))
        problems
            << tr("The name must be at most %1 characters, without control characters.").arg(ProductImport::kMaxName);
    if (draft.category.size() > ProductImport::kMaxName || ProductImport::hasControlCharacters(draft.category))
        problems << tr("The category must be at most %1 characters, without control characters.")
                        .arg(ProductImport::kMaxName);
    if (draft.price.minor() < 0)
        problems << tr("The price cannot be negative.");
    if (draft.cost && draft.cost->minor() < 0)
        problems << tr("The cost cannot be negative.");
    if (draft.taxCode.isEmpty())
        problems << tr("Choose a tax class.");
    if (draft.reorderLevel && *draft.reorderLevel < 0)
        problems << tr("The reorder level cannot be negative.");
    if (draft.barcodes.size() > kMaxBarcodes)
        problems << tr("A product can have at most %1 barcodes.").arg(kMaxBarcodes);
    QSet<QString> seen;
    for (const QString& code : draft.barcodes) {
        if (const auto problem = ProductImport::barcodeProblem(code))
            problems << *problem;
        else if (seen.contains(code))
            problems << tr("The barcode %1 is listed twice.").arg(code);
        seen.insert(code);
    }
    return problems;
}

} // namespace ss::core
